#!/bin/sh
# every program writing into a pipe whose reader closed early: status 1, no diagnostic, nothing lost


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
print_ver_ mqsend mqrecv fifocat shmcat mmapcat sigwait udscat
require_sysv_ipc_

# run_ NAME COMMAND...: run COMMAND | head -c 1, after head has exited
# when the COMMAND's output is large, and check the status of COMMAND.
check_ ()
{
  what_=$1
  test "$(cat status)" = 1 || { echo "$what_: status $(cat status)"; fail=1; }
  compare /dev/null err || { echo "$what_: a diagnostic"; fail=1; }
}
# Big enough that no pipe can take it all (a pipe filled by splice
# can hold several hundred KiB).
seq 1500000 > big || framework_failure_

# mqrecv -f: the message its reader did not take whole is put back,
# the one it could not write stays queued.
fresh_key_
(timeout $T mqrecv -k $key -f 2> err; echo $? > status) \
  | { head -c 1 > /dev/null; exec 0<&-; : > headdone; } &
bg_ $!
mqsend -k $key first || framework_failure_
poll_until_ test -e headdone || fail=1
mqsend -k $key second || framework_failure_
poll_until_ test -s status || fail=1
check_ mqrecv
# head read one byte of "first" and left: the message is put back whole.
printf 'first\nsecond\n' > exp
mqrecv -k $key -c 2 --timeout=0 > out || fail=1
compare exp out || fail=1

for cmd in "mmapcat big" "shmcat -k $key"; do
  case $cmd in shmcat*) shmcat -w -k $key < big || framework_failure_ ;; esac
  rm -f status
  ($cmd 2> err; echo $? > status) | head -c 1 > /dev/null
  check_ "$cmd"
done

# fifocat reading a big input.
(timeout $T fifocat f 2> err; echo $? > status) | head -c 1 > /dev/null &
bg_ $!
poll_until_ test -p f || framework_failure_
timeout $T fifocat -w f < big 2> /dev/null
poll_until_ test -s status || fail=1
check_ fifocat

# udscat client, receiving a big answer.
udscat -l sock cat big 2> /dev/null &
bg_ $!
poll_until_ test -S sock || framework_failure_
rm -f status
(timeout $T udscat sock < /dev/null 2> err; echo $? > status) | head -c 1 > /dev/null
check_ "udscat client"

# sigwait -f: the second signal cannot be written.
rm -f status
(timeout $T sigwait -f --pidfile=w.pid USR1 2> err; echo $? > status) \
  | { head -n 1 > /dev/null; exec 0<&-; : > headdone2; } &
bg_ $!
poll_until_ test -s w.pid || fail=1
kill -USR1 $(cat w.pid)
poll_until_ test -e headdone2 || fail=1
kill -USR1 $(cat w.pid)
poll_until_ test -s status || fail=1
check_ sigwait
test -e w.pid && { echo "pidfile left"; fail=1; }

Exit $fail
