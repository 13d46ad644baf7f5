#!/bin/sh
# udscat connects to a Python socket server, which echoes in upper case

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
print_ver_ udscat
require_python_

cat > server.py <<'PYEOF' || framework_failure_
import os, socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.bind("s")
s.listen(1)
c, _ = s.accept()
data = b""
while True:
    b = c.recv(65536)
    if not b:
        break
    data += b
c.sendall(data.upper())
c.close()
PYEOF

printf 'hello\nworld\n' > in || framework_failure_
printf 'HELLO\nWORLD\n' > exp || framework_failure_
"$PYTHON" server.py & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
timeout 10 udscat s < in > out || fail=1
wait $pid || fail=1
compare exp out || fail=1

Exit $fail
