#!/bin/sh
# udscat -z frames datagrams and seqpacket records with NUL bytes

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

udscat -l -d -z s > out & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
"$PYTHON" -c '
import socket
c = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
for d in (b"a\nb", b"c"):
    c.sendto(d, "s")
' || fail=1
printf 'a\nb\0c\0' > exp
poll_until_ compare exp out > /dev/null 2>&1 || fail=1
compare exp out || fail=1

# Sending: records end with NUL, newlines are data.
cat > server.py <<'PYEOF' || framework_failure_
import socket
s = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
s.bind("q")
s.listen(1)
c, _ = s.accept()
with open("got", "w") as f:
    while True:
        d = c.recv(65536)
        if not d:
            break
        f.write(repr(d) + "\n")
PYEOF
"$PYTHON" server.py & pid=$!; bg_ $pid
wait_socket_ q || framework_failure_
printf 'x\ny\0z' | timeout 10 udscat -s -z q || fail=1
wait $pid || fail=1
printf "b'x\\\\ny'\nb'z'\n" > exp-got
compare exp-got got || fail=1

Exit $fail
