#!/bin/sh
# fifocat --timeout bounds only the wait for the other end, not the copy
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ fifocat

mkfifo f gate || framework_failure_

# The writer opens first, then writes its second line only when the
# test opens the gate, well after the reader's timeout.
sh -c '{ echo first; read x < gate; echo second; } > f' & wpid=$!
bg_ $wpid
poll_until_ sleeping_ $wpid || framework_failure_
fifocat --timeout=0.1 f > out & pid=$!; bg_ $pid
poll_until_ lines_at_least_ 1 out || fail=1
# Let the timeout pass (a delay on purpose, not a wait for an event).
sleep 0.3
kill -0 $pid || fail=1
timeout 10 sh -c 'echo go > gate' || fail=1
poll_until_ gone_ $pid || fail=1
wait $pid || fail=1
printf 'first\nsecond\n' > exp
compare exp out || fail=1

Exit $fail
