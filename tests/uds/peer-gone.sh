#!/bin/sh
# udscat stops, with the peer's data, when the peer closes while input is idle

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
import socket
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.bind("s")
s.listen(1)
c, _ = s.accept()
c.sendall(b"bye\n")
c.close()
PYEOF

"$PYTHON" server.py & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_

# Standard input stays open, with no data: udscat must still end when
# the server has closed the whole connection.
mkfifo hold || framework_failure_
udscat s < hold > out & upid=$!; bg_ $upid
exec 3> hold
poll_until_ gone_ $upid || fail=1
wait $upid || fail=1
exec 3>&-
echo bye > exp
compare exp out || fail=1

# The same for a seqpacket connection.
cat > server.py <<'PYEOF' || framework_failure_
import socket
s = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
s.bind("q")
s.listen(1)
c, _ = s.accept()
c.send(b"bye")
c.close()
PYEOF
"$PYTHON" server.py & pid=$!; bg_ $pid
wait_socket_ q || framework_failure_
udscat -s q < hold > out & upid=$!; bg_ $upid
exec 3> hold
poll_until_ gone_ $upid || fail=1
wait $upid || fail=1
exec 3>&-
compare exp out || fail=1

Exit $fail
