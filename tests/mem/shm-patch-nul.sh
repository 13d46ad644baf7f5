#!/bin/sh
# shmcat -w -o patches NUL bytes in place and leaves the rest alone

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

key=$(new_key_) || framework_failure_
cleanup_ () { remove_shm_ "$key"; }

printf 'AAAAAAAAAAAAAAAA' | shmcat -w -k "$key" || framework_failure_
printf '\000\000B\000' | shmcat -w -k "$key" -o 6 || fail=1
printf 'AAAAAA\000\000B\000AAAAAA' > exp || framework_failure_
shmcat -k "$key" > out || fail=1
compare exp out || fail=1

# Empty input changes nothing.
shmcat -w -k "$key" -o 3 < /dev/null || fail=1
shmcat -k "$key" > out || fail=1
compare exp out || fail=1

Exit $fail
