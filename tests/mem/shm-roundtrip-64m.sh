#!/bin/sh
# 64 MiB of binary data go through shmcat unchanged, System V and POSIX

# Copyright (C) 2026 the ipcutils authors
#
# This program is free software: you can redistribute it and/or modify
# it under the terms of the GNU General Public License as published by
# the Free Software Foundation, either version 3 of the License, or
# (at your option) any later version.
#
# This program is distributed in the hope that it will be useful,
# but WITHOUT ANY WARRANTY; without even the implied warranty of
# MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
# GNU General Public License for more details.
#
# You should have received a copy of the GNU General Public License
# along with this program.  If not, see <https://www.gnu.org/licenses/>.

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
