#!/bin/sh
# shmcat and Python's sysv_ipc.SharedMemory read each other's segments

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
require_python_sysv_ipc_

key=$(new_key_) || framework_failure_
key2=$(new_key_) || framework_failure_
cleanup_ () { remove_shm_ "$key" "$key2"; }

# Python creates and fills a segment; shmcat reads it.
"$PYTHON" -c '
import sys, sysv_ipc
m = sysv_ipc.SharedMemory(int(sys.argv[1]), sysv_ipc.IPC_CREX, 0o600, 4096)
m.write(b"from python\0\377", 0)
' "$key" || framework_failure_
printf 'from python\000\377' > exp || framework_failure_
shmcat -k "$key" -l 13 > out || fail=1
compare exp out || fail=1
test "$(shmcat -k "$key" | wc -c)" = 4096 || fail=1

# shmcat creates and fills a segment; Python reads it.
printf 'from shmcat\000\001' > in || framework_failure_
shmcat -w -k "$key2" < in || fail=1
"$PYTHON" -c '
import sys, sysv_ipc
m = sysv_ipc.SharedMemory(int(sys.argv[1]))
sys.stdout.buffer.write(m.read(m.size))
' "$key2" > out2 || fail=1
compare in out2 || fail=1

Exit $fail
