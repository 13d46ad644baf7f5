#!/bin/sh
# shmcat never creates a segment to read it, nor with --no-create

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
