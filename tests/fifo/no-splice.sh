#!/bin/sh
# fifocat copies exactly where splice cannot be used (output in append mode)
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ fifocat

mkfifo f || framework_failure_
head -c 5M /dev/urandom > exp || framework_failure_

# splice refuses a file opened with O_APPEND: the read/write loop runs.
: > out
timeout 10 fifocat -w f < exp & pid=$!; bg_ $pid
timeout 10 fifocat f >> out || fail=1
wait $pid || fail=1
cmp exp out || fail=1

Exit $fail
