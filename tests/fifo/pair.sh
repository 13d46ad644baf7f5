#!/bin/sh
# fifocat reads what fifocat -w writes, and creates the missing FIFO
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ fifocat

seq 100000 > exp || framework_failure_

timeout 10 fifocat f > out & pid=$!; bg_ $pid
poll_until_ test -p f || fail=1
timeout 10 fifocat -w f < exp || fail=1
wait $pid || fail=1
compare exp out || fail=1

Exit $fail
