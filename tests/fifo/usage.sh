#!/bin/sh
# fifocat rejects bad operands and option combinations
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ fifocat

returns_ 1 fifocat 2> err || fail=1
grep 'missing operand' err || fail=1
returns_ 1 fifocat a b 2> err || fail=1
grep "extra operand 'b'" err || fail=1
returns_ 1 fifocat -w -k f 2> err || fail=1
grep -- '--keep-open applies only when reading' err || fail=1
returns_ 1 fifocat -l f 2> err || fail=1
grep -- '--lines applies only when writing' err || fail=1
returns_ 1 fifocat --timeout=x f 2> err || fail=1
returns_ 1 fifocat --mode=999 f 2> err || fail=1
returns_ 1 fifocat --exclusive --no-create f 2> err || fail=1
# None of them created anything.
test -e f && fail=1
test -e a && fail=1

Exit $fail
