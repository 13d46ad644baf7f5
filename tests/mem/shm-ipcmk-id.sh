#!/bin/sh
# shmcat -i reads and writes a segment made by ipcmk -M, by identifier
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ shmcat
require_sysv_shm_

id=$(ipcmk -M 4096 | awk '{ print $NF }')
test -n "$id" || framework_failure_
cleanup_ () { remove_shm_id_ "$id"; }

# A new segment is all zeros.
head -c 4096 /dev/zero > exp || framework_failure_
shmcat -i "$id" > out || fail=1
compare exp out || fail=1

printf 'hello' | shmcat -w -i "$id" || fail=1
printf 'hello' > exp || framework_failure_
shmcat -i "$id" -l 5 > out || fail=1
compare exp out || fail=1

# The segment keeps its size.
test "$(ipcs -m | awk -v i="$id" '$2 == i { print $5 }')" = 4096 || fail=1
test "$(shmcat -i "$id" | wc -c)" = 4096 || fail=1

Exit $fail
