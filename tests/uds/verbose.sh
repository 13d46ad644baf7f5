#!/bin/sh
# udscat -v reports connections with the peer's pid, uid and gid
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ udscat

udscat -v -l s < /dev/null > /dev/null 2> err & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
(exec udscat -v s < /dev/null > /dev/null 2> cerr) & cpid=$!; bg_ $cpid
poll_until_ gone_ $cpid || fail=1
wait $cpid || fail=1
wait $pid || fail=1

grep "listening on 's'" err || fail=1
grep "connection: pid $cpid, uid $(id -u), gid $(id -g)\$" err || fail=1
grep "connected to 's'" cerr || fail=1
grep "server: pid $pid, uid $(id -u), gid $(id -g)\$" cerr || fail=1

Exit $fail
