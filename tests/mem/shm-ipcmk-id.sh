#!/bin/sh
# shmcat -i reads and writes a segment made by ipcmk -M, by identifier

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
