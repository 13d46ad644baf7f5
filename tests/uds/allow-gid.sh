#!/bin/sh
# udscat --allow-gid serves peers of a listed group only
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ udscat
gid=$(id -g)
other=$(expr $gid + 1)

udscat -l --allow-gid=$other s < /dev/null > got 2> err & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
timeout 10 udscat s < /dev/null > out || fail=1
poll_until_ grep 'refused a connection' err || fail=1
grep "gid $gid" err || fail=1
test -s got && fail=1
kill $pid; wait $pid

udscat -l --allow-gid=$other,$gid s < /dev/null > got & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
echo hello | timeout 10 udscat s || fail=1
wait $pid || fail=1
echo hello > exp
compare exp got || fail=1

Exit $fail
