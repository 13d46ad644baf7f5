#!/bin/sh
# shmcat -w -o patches NUL bytes in place and leaves the rest alone
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ shmcat
require_sysv_shm_

key=$(new_key_) || framework_failure_
cleanup_ () { remove_shm_ "$key"; }

printf 'AAAAAAAAAAAAAAAA' | shmcat -w -k "$key" || framework_failure_
printf '\000\000B\000' | shmcat -w -k "$key" -o 6 || fail=1
printf 'AAAAAA\000\000B\000AAAAAA' > exp || framework_failure_
shmcat -k "$key" > out || fail=1
compare exp out || fail=1

# Empty input changes nothing.
shmcat -w -k "$key" -o 3 < /dev/null || fail=1
shmcat -k "$key" > out || fail=1
compare exp out || fail=1

Exit $fail
