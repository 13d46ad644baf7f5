#!/bin/sh
# fifocat -u never removes a regular file put in place of the FIFO
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ fifocat

fifocat -k -u f > out & pid=$!; bg_ $pid
poll_until_ test -p f || fail=1
timeout 10 sh -c 'echo x > f' || fail=1
poll_until_ lines_at_least_ 1 out || fail=1
# Replace the FIFO by a regular file; fifocat still reads the old FIFO.
rm f && echo precious > f || framework_failure_
kill -TERM $pid || fail=1
poll_until_ gone_ $pid || fail=1
test "$(cat f)" = precious || fail=1

Exit $fail
