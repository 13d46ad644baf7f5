#!/bin/sh
# fifocat reads a FIFO written by a shell redirection, until it is closed
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ fifocat

mkfifo f || framework_failure_
printf 'hello\nworld\n' > exp || framework_failure_

timeout 10 fifocat f > out & pid=$!; bg_ $pid
timeout 10 sh -c 'cat exp > f' || fail=1
wait $pid || fail=1
compare exp out || fail=1

Exit $fail
