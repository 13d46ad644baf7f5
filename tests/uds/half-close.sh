#!/bin/sh
# after the end of its input, udscat reads a slow reply to its end

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

# The server answers only after the end of the request, in pieces,
# slowly: udscat must not stop after a grace period.
cat > server.py <<'PYEOF' || framework_failure_
import socket, time
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.bind("s")
s.listen(1)
c, _ = s.accept()
req = b""
while True:
    b = c.recv(65536)
    if not b:
        break
    req += b
for i in range(3):
    time.sleep(0.4)
    c.sendall(b"reply %d to %s" % (i, req))
c.close()
PYEOF

printf 'reply 0 to ask\nreply 1 to ask\nreply 2 to ask\n' > exp \
  || framework_failure_
"$PYTHON" server.py & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
echo ask | timeout 10 udscat s > out || fail=1
wait $pid || fail=1
compare exp out || fail=1

Exit $fail
