#!/bin/sh
# udscat -s: an empty packet is a record where SO_PASSCRED tells it from the end; without SO_PASSCRED and POLLRDHUP it is the end

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
if config_has_ HAVE_DECL_SO_PASSCRED; then
  printf 'one\n\ntwo\n' > exp || framework_failure_
elif config_has_ HAVE_DECL_POLLRDHUP; then
  skip_ 'without SO_PASSCRED, an empty packet is the end only if the peer' \
        'has shut down its side by then'
else
  # Every empty packet is the end: what follows it is not read.
  printf 'one\n' > exp || framework_failure_
fi

# The peer sends "one", an empty packet and "two", shuts down its side
# and reads until udscat closes.
cat > peer.py <<'PYEOF' || framework_failure_
import socket
s = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
s.bind("q")
s.listen(1)
c, _ = s.accept()
for d in (b"one", b"", b"two"):
    c.send(d)
c.shutdown(socket.SHUT_WR)
try:
    while c.recv(65536):
        pass
except ConnectionResetError:
    pass  # udscat took the empty packet for the end: "two" was unread
PYEOF
"$PYTHON" peer.py & pid=$!; bg_ $pid
wait_socket_ q || framework_failure_
timeout 10 udscat -s q < /dev/null > out || fail=1
wait $pid || fail=1
compare exp out || fail=1

Exit $fail
