#!/bin/sh
# fifocat --exclusive fails when FIFO exists already
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ fifocat

mkfifo f || framework_failure_

returns_ 1 timeout 10 fifocat --exclusive --timeout=0 f > out 2> err || fail=1
printf '%s\n' "fifocat: cannot create FIFO 'f': File exists" > experr
compare experr err || fail=1

# A missing FIFO is created (and, as nobody used it, removed when
# fifocat gives up).
timeout 10 fifocat -w --exclusive g < /dev/null & pid=$!; bg_ $pid
poll_until_ test -p g || fail=1
timeout 10 cat g > /dev/null || fail=1
wait $pid || fail=1

Exit $fail
