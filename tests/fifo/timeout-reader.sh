#!/bin/sh
# fifocat --timeout exits 124 when no writer opens the FIFO in time
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ fifocat

mkfifo f || framework_failure_

returns_ 124 timeout 10 fifocat --timeout=0.2 f > out 2> err || fail=1
printf '%s\n' "fifocat: timed out waiting for a writer to open 'f'" > experr
compare experr err || fail=1
compare /dev/null out || fail=1
# The FIFO is left in place.
test -p f || fail=1

Exit $fail
