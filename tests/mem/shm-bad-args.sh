#!/bin/sh
# shmcat rejects bad sizes, bad objects and conflicting options
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ shmcat

returns_ 1 shmcat 2> err || fail=1
grep 'no object given' err || fail=1
returns_ 1 shmcat -k 1234 -p name 2> err || fail=1
grep 'only one of' err || fail=1
returns_ 1 shmcat -k 1234 -o 1X 2> err || fail=1
grep 'invalid offset' err || fail=1
returns_ 1 shmcat -k 1234 -l -1 2> err || fail=1
grep 'length' err || fail=1
returns_ 1 shmcat -w -k 1234 -s '' 2> err || fail=1
grep 'invalid size' err || fail=1
returns_ 1 shmcat -p a/b 2> err || fail=1
returns_ 1 shmcat -k 1234 extra 2> err || fail=1
grep 'extra operand' err || fail=1

Exit $fail
