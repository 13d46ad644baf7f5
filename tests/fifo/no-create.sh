#!/bin/sh
# fifocat --no-create fails on a missing FIFO and creates nothing
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ fifocat

returns_ 1 timeout 10 fifocat --no-create f > out 2> err || fail=1
printf '%s\n' "fifocat: cannot open 'f': No such file or directory" > experr
compare experr err || fail=1
test -e f && fail=1
returns_ 1 timeout 10 fifocat -w --no-create f < /dev/null 2> err || fail=1
compare experr err || fail=1
test -e f && fail=1

Exit $fail
