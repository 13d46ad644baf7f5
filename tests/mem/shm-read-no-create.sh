#!/bin/sh
# shmcat never creates a segment to read it, nor with --no-create
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ shmcat
require_sysv_shm_
require_dev_shm_

key=$(new_key_) || framework_failure_
name=$(new_name_)
cleanup_ () { remove_shm_ "$key"; remove_posix_shm_ "$name"; }

returns_ 1 shmcat -k "$key" > out 2> err || fail=1
compare /dev/null out || fail=1
grep 'no such segment' err || fail=1
shm_exists_ "$key" && fail=1

returns_ 1 shmcat -p "$name" > out 2> err || fail=1
grep 'no such segment' err || fail=1
test -e "/dev/shm$name" && fail=1

echo data > in || framework_failure_
returns_ 1 shmcat -w --no-create -k "$key" < in 2> err || fail=1
grep 'no such segment' err || fail=1
shm_exists_ "$key" && fail=1
returns_ 1 shmcat -w --no-create -p "$name" < in 2> err || fail=1
test -e "/dev/shm$name" && fail=1

# An identifier that names nothing.
returns_ 1 shmcat -i 2147483647 2> err || fail=1
grep 'no such segment' err || fail=1

Exit $fail
