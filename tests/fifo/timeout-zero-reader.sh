#!/bin/sh
# fifocat --timeout=0 fails at once (124) when no process writes the FIFO
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ fifocat
. "$abs_top_srcdir/tests/fifo/helpers.sh"

mkfifo f || framework_failure_

returns_ 124 timeout 10 fifocat --timeout=0 f > out 2> err || fail=1
printf '%s\n' "fifocat: no process has 'f' open for writing" > experr
compare experr err || fail=1
compare /dev/null out || fail=1

# With a writer waiting, it reads.
seq 1000 > exp || framework_failure_
timeout 10 sh -c 'cat exp > f' & pid=$!; bg_pids_=$pid
poll_until_ timeout 10 fifocat --timeout=0 f > out 2>/dev/null || fail=1
wait $pid || fail=1
compare exp out || fail=1

Exit $fail
