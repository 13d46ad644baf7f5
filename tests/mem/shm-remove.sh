#!/bin/sh
# shmcat -R removes the segment after reading or writing it

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
