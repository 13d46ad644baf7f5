#!/bin/sh
# fifocat -w writes standard input into a FIFO read by cat
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ fifocat

mkfifo f || framework_failure_
printf 'one\ntwo\nthree' > exp || framework_failure_

timeout 10 fifocat -w f < exp & pid=$!; bg_ $pid
timeout 10 cat f > out || fail=1
wait $pid || fail=1
compare exp out || fail=1

Exit $fail
