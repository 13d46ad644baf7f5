#!/bin/sh
# mmapcat -w -o patches NUL bytes in place, keeping size and the rest
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ mmapcat

printf 'AAAAAAAAAAAAAAAA' > f || framework_failure_
printf '\000\000B\000' | mmapcat -w -o 6 f || fail=1
printf 'AAAAAA\000\000B\000AAAAAA' > exp || framework_failure_
compare exp f || fail=1

# From a regular file too.
printf '\000' > nul || framework_failure_
mmapcat -w -o 0 f < nul || fail=1
printf '\000AAAAA\000\000B\000AAAAAA' > exp || framework_failure_
compare exp f || fail=1

Exit $fail
