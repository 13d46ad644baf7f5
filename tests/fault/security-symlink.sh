#!/bin/sh
# security: a symbolic link planted where a FIFO, socket or pidfile is made is never followed, and its target never touched


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
print_ver_ fifocat udscat sigwait

echo precious > victim || framework_failure_
cp victim exp || framework_failure_
mkdir dir || framework_failure_

# fifocat: a link to a regular file, and a dangling link.
ln -s victim f1 && ln -s dir/nowhere f2 || framework_failure_
echo evil | returns_ 1 timeout $T fifocat -w f1 2> err || fail=1
echo evil | timeout $T fifocat -w --timeout=0 f2 2> err
test -e dir/nowhere && { echo "fifocat created the link's target"; fail=1; }
returns_ 1 timeout $T fifocat -u f1 > out 2> err || fail=1
compare exp victim || fail=1
test -L f1 || { echo "fifocat -u removed the link"; fail=1; }

# udscat -l: a link in place of the socket (to a file, to a stale
# socket elsewhere, dangling).
ln -s victim s1 && ln -s dir/nowhere s2 || framework_failure_
returns_ 1 timeout $T udscat -l s1 < /dev/null 2> err || fail=1
returns_ 1 timeout $T udscat -l s2 < /dev/null 2> err || fail=1
test -e dir/nowhere && { echo "udscat created the link's target"; fail=1; }
compare exp victim || fail=1
test -L s1 && test -L s2 || { echo "udscat removed a link"; fail=1; }

# sigwait --pidfile: the link is replaced, never written through.
ln -s victim w.pid || framework_failure_
timeout $T sigwait --pidfile=w.pid USR1 > out &
pid=$!; bg_ $pid
has_pid_ () { test -f w.pid && ! test -L w.pid; }
poll_until_ has_pid_ || fail=1
compare exp victim || { echo "sigwait wrote through the link"; fail=1; }
kill -USR1 $(cat w.pid); wait $pid || fail=1
test -e w.pid && { echo "pidfile left"; fail=1; }
compare exp victim || fail=1

# A link planted after creation is not removed at exit in place of the
# object (the cleanup checks device and inode).
timeout $T fifocat -u f3 > out &
pid=$!; bg_ $pid
poll_until_ test -p f3 || fail=1
mv f3 f3.real && ln -s victim f3 || framework_failure_
echo x | timeout $T fifocat -w f3.real
wait $pid
test -L f3 || { echo "fifocat -u removed a link put in its FIFO's place"; fail=1; }
compare exp victim || fail=1

Exit $fail
