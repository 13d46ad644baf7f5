#!/bin/sh
# shmcat -p works on the files of /dev/shm, both ways
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ shmcat
require_dev_shm_

name=$(new_name_)
name2=$(new_name_)
cleanup_ () { remove_posix_shm_ "$name" "$name2"; }

# shmcat creates the object: it is the file /dev/shm/NAME.
printf 'posix\000data' > in || framework_failure_
shmcat -w -p "$name" < in || fail=1
compare in "/dev/shm$name" || fail=1

# The leading slash is optional.
printf 'file made by the shell' > "/dev/shm$name2" || framework_failure_
shmcat -p "${name2#/}" > out || fail=1
compare "/dev/shm$name2" out || fail=1

Exit $fail
