#!/bin/sh
# shmcat and Python's mmap of /dev/shm/NAME see each other's writes

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
require_python_

name=$(new_name_)
cleanup_ () { remove_posix_shm_ "$name"; }

printf 'initial\000contents' | shmcat -w -p "$name" -s 64K || fail=1

# Python maps the object and patches it; shmcat sees the change.
"$PYTHON" -c '
import mmap, sys
with open(sys.argv[1], "r+b") as f:
    m = mmap.mmap(f.fileno(), 0)
    m[100:106] = b"python"
    m.flush()
    m.close()
' "/dev/shm$name" || fail=1
printf 'python' > exp || framework_failure_
shmcat -p "$name" -o 100 -l 6 > out || fail=1
compare exp out || fail=1

# shmcat patches it; Python's mapping sees the change.
printf 'shmcat\000' | shmcat -w -p "$name" -o 200 || fail=1
"$PYTHON" -c '
import mmap, sys
with open(sys.argv[1], "rb") as f:
    m = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    sys.stdout.buffer.write(m[200:207] + bytes([len(m) // 1024]))
' "/dev/shm$name" > out || fail=1
printf 'shmcat\000@' > exp || framework_failure_
compare exp out || fail=1

Exit $fail
