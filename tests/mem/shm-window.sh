#!/bin/sh
# shmcat -o and -l select a window; a window past the end is an error

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
require_dev_shm_

name=$(new_name_)
cleanup_ () { remove_posix_shm_ "$name"; }

printf '0123456789' | shmcat -w -p "$name" || framework_failure_

printf '345' > exp || framework_failure_
shmcat -p "$name" -o 3 -l 3 > out || fail=1
compare exp out || fail=1

printf '789' > exp || framework_failure_
shmcat -p "$name" -o 7 > out || fail=1
compare exp out || fail=1

# The window may end at the end, and may be empty there.
shmcat -p "$name" -o 10 > out || fail=1
compare /dev/null out || fail=1

# Past the end: an error naming the sizes, and no output.
returns_ 1 shmcat -p "$name" -o 11 > out 2> err || fail=1
compare /dev/null out || fail=1
grep 'offset 11 is beyond the end' err || fail=1
grep '10 bytes' err || fail=1
returns_ 1 shmcat -p "$name" -o 8 -l 3 > out 2> err || fail=1
compare /dev/null out || fail=1
grep 'length 3 at offset 8' err || fail=1

# Writing into the window.
printf 'ab' | shmcat -w -p "$name" -o 4 || fail=1
printf '0123ab6789' > exp || framework_failure_
shmcat -p "$name" > out || fail=1
compare exp out || fail=1

# Writing more than --length allows: an error, nothing written.
returns_ 1 sh -c "printf xyz | shmcat -w -p '$name' -o 1 -l 2" 2> err || fail=1
grep 'input of size 3' err || fail=1
shmcat -p "$name" > out || fail=1
compare exp out || fail=1

# Sizes take suffixes.
shmcat -p "$name" -o 0K -l 1 > out || fail=1
printf 0 > exp || framework_failure_
compare exp out || fail=1

Exit $fail
