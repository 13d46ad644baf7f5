#!/bin/sh
# a Python socket client talks to udscat --listen, both ways

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

cat > client.py <<'PYEOF' || framework_failure_
import socket, sys
c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
c.connect("s")
c.sendall(b"from python\n\0\377")
c.shutdown(socket.SHUT_WR)
data = b""
while True:
    b = c.recv(65536)
    if not b:
        break
    data += b
sys.stdout.buffer.write(data)
PYEOF

printf 'from udscat\n' > to-python || framework_failure_
printf 'from python\n\0\377' > exp || framework_failure_
udscat -l s < to-python > got-udscat & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
timeout 10 "$PYTHON" client.py > got-python || fail=1
wait $pid || fail=1
compare exp got-udscat || fail=1
compare to-python got-python || fail=1

Exit $fail
