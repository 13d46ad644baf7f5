#!/bin/sh
# shmcat -w with input larger than the segment fails and writes nothing

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

printf 'original' | shmcat -w -k "$key" -s 4096 || framework_failure_
shmcat -k "$key" > before || framework_failure_
test "$(wc -c < before)" = 4096 || framework_failure_

head -c 5000 /dev/urandom > in || framework_failure_

# From a pipe: the input is read before anything is written.
returns_ 1 sh -c "cat in | shmcat -w -k $key" 2> err || fail=1
grep 'input of size 5000' err || fail=1
grep '4096 bytes' err || fail=1
shmcat -k "$key" > after || fail=1
compare before after || fail=1

# From a regular file: its size is checked first.
returns_ 1 shmcat -w -k "$key" < in 2> err || fail=1
grep 'input of size 5000' err || fail=1
grep '4096 bytes' err || fail=1
shmcat -k "$key" > after || fail=1
compare before after || fail=1

# At an offset, what is left of the segment counts.
head -c 100 in > in100 || framework_failure_
returns_ 1 shmcat -w -k "$key" -o 4000 < in100 2> err || fail=1
grep 'input of size 100' err || fail=1
grep '96 bytes' err || fail=1
shmcat -k "$key" > after || fail=1
compare before after || fail=1

Exit $fail
