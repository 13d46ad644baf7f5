#!/bin/sh
# fifocat refuses a directory
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ fifocat

mkdir d || framework_failure_

returns_ 1 timeout 10 fifocat d > out 2> err || fail=1
printf '%s\n' "fifocat: 'd' is not a FIFO: it is a directory" > experr
compare experr err || fail=1
returns_ 1 timeout 10 fifocat -w d < /dev/null 2> err || fail=1
compare experr err || fail=1
test -d d || fail=1

Exit $fail
