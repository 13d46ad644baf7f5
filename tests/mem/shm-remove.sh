#!/bin/sh
# shmcat -R removes the segment after reading or writing it
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ shmcat
require_sysv_shm_
require_dev_shm_

key=$(new_key_) || framework_failure_
name=$(new_name_)
cleanup_ () { remove_shm_ "$key"; remove_posix_shm_ "$name"; }

echo sysv > exp || framework_failure_
shmcat -w -k "$key" < exp || framework_failure_
shm_exists_ "$key" || framework_failure_
shmcat -R -k "$key" > out || fail=1
compare exp out || fail=1
shm_exists_ "$key" && fail=1

# Through a pipe, which may still refer to the segment's pages when it
# is removed: the data stays intact.
head -c 4M /dev/urandom > exp || framework_failure_
shmcat -w -k "$key" < exp || framework_failure_
shmcat -R -k "$key" | cat > out || fail=1
cmp exp out || fail=1
shm_exists_ "$key" && fail=1

echo posix > exp || framework_failure_
shmcat -w -R -p "$name" < exp || fail=1
test -e "/dev/shm$name" && fail=1

Exit $fail
