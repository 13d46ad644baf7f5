#!/bin/sh
# udscat --seqpacket keeps packet boundaries and reads to the end

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

# The server answers each packet with its repr, one packet each, then
# at the end of the client's data sends a last packet and closes.
cat > server.py <<'PYEOF' || framework_failure_
import socket
s = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
s.bind("s")
s.listen(1)
c, _ = s.accept()
n = 0
while True:
    d = c.recv(65536)
    if not d:
        break
    n += 1
    c.send(repr(d).encode())
c.send(b"total %d" % n)
c.close()
PYEOF

"$PYTHON" server.py & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
printf 'one\ntwo words\nthree\n' > in || framework_failure_
cat > exp <<'XEOF'
b'one'
b'two words'
b'three'
total 3
XEOF
timeout 10 udscat --seqpacket s < in > out || fail=1
wait $pid || fail=1
compare exp out || fail=1

# udscat --listen --seqpacket: packets from the client are lines on
# standard output, lines of standard input are packets to it.
cat > client.py <<'PYEOF' || framework_failure_
import socket, sys
c = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
c.connect("q")
for d in (b"p1", b"p 2"):
    c.send(d)
c.shutdown(socket.SHUT_WR)
while True:
    d = c.recv(65536)
    if not d:
        break
    print(repr(d))
PYEOF
printf 'r1\nr 2\n' | udscat -l -s q > got & pid=$!; bg_ $pid
wait_socket_ q || framework_failure_
timeout 10 "$PYTHON" client.py > out || fail=1
wait $pid || fail=1
printf 'p1\np 2\n' > exp
compare exp got || fail=1
printf "b'r1'\nb'r 2'\n" > exp
compare exp out || fail=1

Exit $fail
