#!/bin/sh
# fifocat refuses a regular file, reading or writing, and leaves it intact
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ fifocat

printf 'precious\n' > f || framework_failure_
cp f exp || framework_failure_
printf 'junk\n' > in || framework_failure_

returns_ 1 timeout 10 fifocat -w f < in 2> err || fail=1
printf '%s\n' "fifocat: 'f' is not a FIFO: it is a regular file" > experr
compare experr err || fail=1
compare exp f || fail=1

returns_ 1 timeout 10 fifocat f > out 2> err || fail=1
compare experr err || fail=1
compare /dev/null out || fail=1

returns_ 1 timeout 10 fifocat -u --exclusive f < in 2> err || fail=1
compare exp f || fail=1

Exit $fail
