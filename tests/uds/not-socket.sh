#!/bin/sh
# udscat --listen refuses a regular file, a directory or a FIFO
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ udscat
echo precious > f || framework_failure_
cp f exp || framework_failure_
returns_ 1 udscat -l f 2> err < /dev/null || fail=1
grep 'exists and is not a socket' err || fail=1
compare exp f || fail=1

mkdir d || framework_failure_
returns_ 1 udscat -l d 2> err < /dev/null || fail=1
grep 'exists and is not a socket' err || fail=1
test -d d || fail=1

mkfifo p || framework_failure_
returns_ 1 udscat -l p 2> err < /dev/null || fail=1
test -p p || fail=1

# Connecting to a regular file is diagnosed as such.
returns_ 1 udscat f 2> err < /dev/null || fail=1
grep 'not a socket' err || fail=1
compare exp f || fail=1

Exit $fail
