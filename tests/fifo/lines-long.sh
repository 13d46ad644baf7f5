#!/bin/sh
# fifocat -w -l writes a line longer than PIPE_BUF whole, with a warning
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ fifocat

mkfifo f || framework_failure_
{ echo short; head -c 10000 /dev/zero | tr '\0' x; echo; echo after;
  printf unterminated; } > exp || framework_failure_

timeout 10 cat f > out & pid=$!; bg_ $pid
timeout 10 fifocat -w -l f < exp 2> err || fail=1
wait $pid || fail=1
compare exp out || fail=1
grep 'warning: a line longer than PIPE_BUF' err || fail=1

Exit $fail
