#!/bin/sh
# security: a FIFO, symbolic link or pidfile that another user planted in a sticky world-writable directory is refused, whatever fs.protected_* says


# Copyright (C) 2026 the ipcutils authors
#
# This program is free software: you can redistribute it and/or modify
# it under the terms of the GNU General Public License as published by
# the Free Software Foundation, either version 3 of the License, or
# (at your option) any later version.
#
# This program is distributed in the hope that it will be useful,
# but WITHOUT ANY WARRANTY; without even the implied warranty of
# MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
# GNU General Public License for more details.
#
# You should have received a copy of the GNU General Public License

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ fifocat sigsend

test "$(id -u)" = 0 \
  || skip_ 'needs root, to give files to another user (chown) as an attacker would plant them'
other=65534
getent passwd $other > /dev/null || other=54321

mkdir shared && chmod 1777 shared || framework_failure_
echo secret > secret || framework_failure_

# A FIFO another user made: refused before it is opened, for writing
# (the secret would go to its owner) and reading (injected data).
mkfifo shared/app.fifo && chown $other shared/app.fifo || framework_failure_
returns_ 1 timeout $T fifocat -w shared/app.fifo < secret 2> err || fail=1
grep "refusing to open 'shared/app.fifo': it is owned by uid $other" err \
  > /dev/null || { cat err; fail=1; }
grep 'fs.protected_fifos' err > /dev/null || fail=1
returns_ 1 timeout $T fifocat -u shared/app.fifo > out 2> err || fail=1
compare /dev/null out || fail=1
test -p shared/app.fifo || { echo "fifocat -u removed a FIFO it refused"; fail=1; }

# A symbolic link another user made, even to our own FIFO.
mkfifo shared/mine.fifo || framework_failure_
ln -s mine.fifo shared/link && chown -h $other shared/link \
  || framework_failure_
returns_ 1 timeout $T fifocat -w --timeout=0 shared/link < secret 2> err \
  || fail=1
grep "refusing to follow the symbolic link 'shared/link'.*fs.protected_symlinks" \
  err > /dev/null || { cat err; fail=1; }

# Our own FIFO, and our own link to it, are used.
ln -s mine.fifo shared/ourlink || framework_failure_
timeout $T cat shared/mine.fifo > out & pid=$!; bg_ $pid
timeout $T fifocat -w shared/ourlink < secret || fail=1
wait $pid
compare secret out || fail=1

# In a directory that the other user owns, the owner's FIFO is trusted.
mkdir theirs && chmod 1777 theirs && chown $other theirs \
  && mkfifo theirs/f && chown $other theirs/f || framework_failure_
timeout $T cat theirs/f > out & pid=$!; bg_ $pid
timeout $T fifocat -w theirs/f < secret || fail=1
wait $pid
compare secret out || fail=1

# A pidfile planted there, naming a process of ours: not signalled.
sleep $T & victim=$!; bg_ $victim
echo $victim > shared/d.pid && chown $other shared/d.pid \
  || framework_failure_
returns_ 1 timeout $T sigsend --pidfile=shared/d.pid 2> err || fail=1
grep "refusing to open 'shared/d.pid'" err > /dev/null || { cat err; fail=1; }
kill -0 $victim || { echo "the planted pidfile's process was signalled"; fail=1; }

Exit $fail
