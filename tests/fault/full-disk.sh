#!/bin/sh
# every program writing to a full disk (/dev/full): a diagnostic, status 1, and nothing lost


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
test -w /dev/full || skip_ 'no /dev/full'
require_sysv_ipc_

check_ ()
{
  what_=$1 status_=$2
  test $status_ = 1 || { echo "$what_: status $status_"; fail=1; }
  grep 'No space left on device' err > /dev/null \
    || { echo "$what_: no diagnostic"; cat err; fail=1; }
}

# mqrecv: the message it could not write stays queued.
fresh_key_
mqsend -k $key -t 3 precious || framework_failure_
mqrecv -k $key > /dev/full 2> err; check_ mqrecv $?
mqrecv -k $key -T --timeout=0 > out || fail=1
printf '3\tprecious\n' > exp
compare exp out || fail=1

# fifocat reading.
fifocat f > /dev/full 2> err &
pid=$!; bg_ $pid
poll_until_ test -p f || framework_failure_
echo data | timeout $T fifocat -w f 2> /dev/null
wait $pid; check_ fifocat $?

# shmcat and mmapcat.
fresh_key_
echo segment | shmcat -w -k $key || framework_failure_
shmcat -k $key > /dev/full 2> err; check_ shmcat $?
seq 1000 > file
mmapcat file > /dev/full 2> err; check_ mmapcat $?

# sigwait.
sigwait -c 1 USR1 -- sh -c 'kill -USR1 $SIGWAIT_PID' > /dev/full 2> err
check_ sigwait $?

# udscat: the client, and the server.
udscat -l sock sh -c 'echo hello' 2> serr &
pid=$!; bg_ $pid
poll_until_ test -S sock || framework_failure_
timeout $T udscat sock < /dev/null > /dev/full 2> err; check_ 'udscat client' $?
wait $pid
echo hello > exp
udscat -l sock2 > /dev/full 2> err &
pid=$!; bg_ $pid
poll_until_ test -S sock2 || framework_failure_
echo hello | timeout $T udscat sock2 > /dev/null 2>&1
wait $pid; check_ 'udscat server' $?
test -e sock2 && { echo "socket left behind"; fail=1; }

Exit $fail
