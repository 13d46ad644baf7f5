#!/bin/sh
# mqsend and mqrecv exchange exact bytes with Python sysv_ipc

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
print_ver_ mqsend mqrecv
require_sysv_ipc_

require_python_sysv_ipc_
fresh_key_

# Every byte value, NULs and newlines included.
"$PYTHON" -c '
import sys
sys.stdout.buffer.write(bytes(range(256)) + b"\n\0\n"
                       + bytes(range(255, -1, -1)))
' > allbytes || framework_failure_
printf 'a\000b\n' > anb || framework_failure_

# mqsend -> Python.
mqsend -k $key -t 7 ping || fail=1
mqsend -k $key -t 8 --whole < allbytes || fail=1
timeout 10 "$PYTHON" -c '
import sys, sysv_ipc
q = sysv_ipc.MessageQueue(int(sys.argv[1]))
m, t = q.receive(block=False)
print(repr(m), t)
m, t = q.receive(block=False)
open("got-allbytes", "wb").write(m)
print(t)
' $key > out || fail=1
printf '%s\n' "b'ping' 7" 8 > exp || framework_failure_
compare exp out || fail=1
cmp allbytes got-allbytes || fail=1

# Python -> mqrecv.
timeout 10 "$PYTHON" -c '
import sys, sysv_ipc
q = sysv_ipc.MessageQueue(int(sys.argv[1]))
q.send(b"a\x00b\n", type=5)
q.send(open("allbytes", "rb").read(), type=6)
' $key || framework_failure_
timeout 10 mqrecv -k $key -t 5 -r > out || fail=1
cmp anb out || fail=1
timeout 10 mqrecv -k $key -t 6 -r > out || fail=1
cmp allbytes out || fail=1
returns_ 124 timeout -s KILL 10 mqrecv -k $key --timeout=0 || fail=1

Exit $fail
