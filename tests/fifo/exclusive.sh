#!/bin/sh
# fifocat --exclusive fails when FIFO exists already
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ fifocat
. "$abs_top_srcdir/tests/fifo/helpers.sh"

mkfifo f || framework_failure_

returns_ 1 timeout 10 fifocat --exclusive --timeout=0 f > out 2> err || fail=1
printf '%s\n' "fifocat: cannot create FIFO 'f': File exists" > experr
compare experr err || fail=1

returns_ 124 timeout 10 fifocat --exclusive --timeout=0 g || fail=1
test -p g || fail=1

Exit $fail
