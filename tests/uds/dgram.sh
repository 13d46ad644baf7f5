#!/bin/sh
# udscat --dgram sends one datagram per line and prints each reply as a line

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
# Elsewhere a datagram client has no address (it is autobound to an
# abstract one here): it sends, but no answer can reach it.
config_has_ HAVE_ABSTRACT_SOCKETS \
  || skip_ 'no abstract names: a server cannot answer a datagram client'

# The server records each datagram, and answers each with its length.
cat > server.py <<'PYEOF' || framework_failure_
import socket
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind("s")
with open("got", "w") as f:
    while True:
        d, addr = s.recvfrom(65536)
        f.write(repr(d) + "\n")
        f.flush()
        s.sendto(b"len %d" % len(d), addr)
        if d == b"last":
            break
PYEOF

"$PYTHON" server.py & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
printf 'one\n\ntwo words\nlast\n' > in || framework_failure_
cat > exp <<'XEOF'
b'one'
b''
b'two words'
b'last'
XEOF
# Feed the input slowly enough that the replies come back while
# udscat still runs: it stops at the end of its input.
mkfifo fifo || framework_failure_
udscat -d s < fifo > out & upid=$!; bg_ $upid
exec 3> fifo
cat in >&3
poll_until_ grep -q last got || fail=1
printf 'len 3\nlen 0\nlen 9\nlen 4\n' > exp-out
poll_until_ compare exp-out out > /dev/null 2>&1 || fail=1
exec 3>&-
wait $upid || fail=1
wait $pid || fail=1
compare exp got || fail=1
compare exp-out out || fail=1

Exit $fail
