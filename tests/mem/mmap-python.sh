#!/bin/sh
# mmapcat and Python's mmap module see each other's writes to a file

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
print_ver_ mmapcat
require_python_

head -c 8192 /dev/zero > f || framework_failure_

# Python writes through a mapping; mmapcat reads it.
"$PYTHON" -c '
import mmap, sys
with open(sys.argv[1], "r+b") as f:
    m = mmap.mmap(f.fileno(), 0)
    m[4096:4103] = b"py\0thon"
    m.flush()
    m.close()
' f || framework_failure_
printf 'py\000thon' > exp || framework_failure_
mmapcat -o 4096 -l 7 f > out || fail=1
compare exp out || fail=1

# mmapcat writes through a mapping; Python reads it.
printf 'mmap\000cat' | mmapcat -w -o 100 f || fail=1
"$PYTHON" -c '
import mmap, sys
with open(sys.argv[1], "rb") as f:
    m = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    sys.stdout.buffer.write(m[100:108] + m[4096:4098] + bytes([len(m) // 128]))
' f > out || fail=1
printf 'mmap\000catpy@' > exp || framework_failure_
compare exp out || fail=1

Exit $fail
