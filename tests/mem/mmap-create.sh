#!/bin/sh
# mmapcat -w creates FILE with --mode; --no-create and --exclusive hold
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ mmapcat

printf new | mmapcat -w -m 0604 f || fail=1
printf new > exp || framework_failure_
compare exp f || fail=1
test "$(stat -c %a f)" = 604 || fail=1

returns_ 1 sh -c 'printf x | mmapcat -w --exclusive f' 2> err || fail=1
compare exp f || fail=1
printf x | mmapcat -w --no-create f || fail=1
printf xew > exp || framework_failure_
compare exp f || fail=1

Exit $fail
