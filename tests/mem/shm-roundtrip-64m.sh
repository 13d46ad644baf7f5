#!/bin/sh
# 64 MiB of binary data go through shmcat unchanged, System V and POSIX
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ shmcat
require_sysv_shm_
require_dev_shm_

key=$(new_key_) || framework_failure_
name=$(new_name_)
cleanup_ () { remove_shm_ "$key"; remove_posix_shm_ "$name"; }

head -c 64M /dev/urandom > in || framework_failure_

# From a pipe (read into memory, then copied in).
cat in | shmcat -w -k "$key" || fail=1
test "$(shm_field_ "$key" 5)" = 67108864 || fail=1
# To a pipe (vmsplice) and to a file (write).
shmcat -k "$key" | cat > out || fail=1
cmp in out || fail=1
shmcat -k "$key" > out || fail=1
cmp in out || fail=1

# From a regular file (read straight into the mapping).
shmcat -w -p "$name" < in || fail=1
cmp in "/dev/shm$name" || fail=1
shmcat -p "$name" | cat > out || fail=1
cmp in out || fail=1

Exit $fail
