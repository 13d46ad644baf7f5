#!/bin/sh
# fifocat -w --timeout exits 124 when no reader opens the FIFO in time
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ fifocat

mkfifo f || framework_failure_

echo data | returns_ 124 timeout 10 fifocat -w --timeout=0.2 f 2> err \
  || fail=1
printf '%s\n' "fifocat: timed out waiting for a reader to open 'f'" > experr
compare experr err || fail=1

Exit $fail
