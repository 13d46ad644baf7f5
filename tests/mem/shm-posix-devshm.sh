#!/bin/sh
# shmcat -p works on the files of /dev/shm, both ways

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
