#!/bin/sh
# fifocat -w reports a reader that goes away
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ fifocat

mkfifo f || framework_failure_
head -c 10M /dev/zero > in || framework_failure_

timeout 10 fifocat -w f < in 2> err & pid=$!; bg_ $pid
timeout 10 head -c 1000 f > out || fail=1
wait $pid; test $? = 1 || fail=1
printf '%s\n' \
  "fifocat: cannot write to 'f': no process has it open for reading" > experr
compare experr err || fail=1

Exit $fail
