#!/bin/sh
# shmcat -k FILE makes the same ftok key as Python's sysv_ipc.ftok

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

touch keyfile || framework_failure_
key=$("$PYTHON" -c '
import sys, sysv_ipc
print(sysv_ipc.ftok(sys.argv[1], 7, silence_warning=True))
' keyfile) || framework_failure_
cleanup_ () { remove_shm_ "$key"; }
shm_exists_ "$key" && skip_ "a segment with the ftok key of keyfile exists"

printf 'by ftok' | shmcat -w -k keyfile --proj-id=7 || fail=1
shm_exists_ "$key" || fail=1
"$PYTHON" -c '
import sys, sysv_ipc
m = sysv_ipc.SharedMemory(int(sys.argv[1]))
sys.stdout.buffer.write(m.read(m.size))
' "$key" > out || fail=1
printf 'by ftok' > exp || framework_failure_
compare exp out || fail=1

Exit $fail
