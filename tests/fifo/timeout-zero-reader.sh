#!/bin/sh
# fifocat --timeout=0 fails at once (124) when no process writes the FIFO
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ fifocat

mkfifo f || framework_failure_

returns_ 124 timeout 10 fifocat --timeout=0 f > out 2> err || fail=1
printf '%s\n' "fifocat: no process has 'f' open for writing" > experr
compare experr err || fail=1
compare /dev/null out || fail=1

# With a writer waiting in its open, it reads.  (Retrying fifocat until
# a writer shows up would race: a writer opening while one fifocat is
# about to give up would then write to no reader.)
seq 1000 > exp || framework_failure_
sh -c 'exec cat exp > f' & pid=$!; bg_ $pid
in_open_ () { test "$(cat /proc/$pid/wchan 2>/dev/null)" = wait_for_partner; }
poll_until_ in_open_ \
  || skip_ 'cannot tell from /proc/PID/wchan that the writer waits in open'
timeout 10 fifocat --timeout=0 f > out || fail=1
wait $pid || fail=1
compare exp out || fail=1

Exit $fail
