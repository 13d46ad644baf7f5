#!/bin/sh
# fifocat copies 256 MiB of random data exactly, in both directions
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ fifocat

mkfifo f || framework_failure_
head -c 256M /dev/urandom > in || framework_failure_

# fifocat -w from a file, fifocat reading into a pipe.
timeout 20 fifocat -w f < in & pid=$!; bg_ $pid
{ timeout 20 fifocat f; echo $? > status; } | cmp - in || fail=1
wait $pid || fail=1
test "$(cat status)" = 0 || fail=1

Exit $fail
