#!/bin/sh
# shmcat -w honours --size, --mode and --exclusive when it creates

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
key2=$(new_key_) || framework_failure_
name=$(new_name_)
cleanup_ () { remove_shm_ "$key" "$key2"; remove_posix_shm_ "$name"; }

# --size: the segment's size; the input goes at the start.
printf abc | shmcat -w -k "$key" -s 1K -m 0600 || fail=1
test "$(shm_field_ "$key" 5)" = 1024 || fail=1
test "$(shm_field_ "$key" 4)" = 600 || fail=1
printf 'abc\000' > exp || framework_failure_
shmcat -k "$key" -l 4 > out || fail=1
compare exp out || fail=1

# Without --size: offset plus input.
printf xy | shmcat -w -p "$name" -o 10 -m 0640 || fail=1
test "$(stat -c %s "/dev/shm$name")" = 12 || fail=1
test "$(stat -c %a "/dev/shm$name")" = 640 || fail=1

# --exclusive fails on an existing segment, and leaves it alone.
shmcat -k "$key" > before || framework_failure_
returns_ 1 sh -c "printf zzz | shmcat -w --exclusive -k $key" 2> err || fail=1
shmcat -k "$key" > after || fail=1
compare before after || fail=1
returns_ 1 sh -c "printf zzz | shmcat -w --exclusive -p '$name'" || fail=1

# Input larger than --size: an error, and no segment.
returns_ 1 sh -c "printf 12345 | shmcat -w -k $key2 -s 4" 2> err || fail=1
grep 'input of size 5' err || fail=1
grep '4 bytes' err || fail=1
shm_exists_ "$key2" && fail=1

# Creation options need --write.
returns_ 1 shmcat -k "$key" -s 10 || fail=1
returns_ 1 shmcat -k "$key" --exclusive || fail=1

Exit $fail
