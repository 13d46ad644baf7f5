#!/bin/sh
# an empty seqpacket or datagram record is a record, not the end of the data

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
# Without SO_PASSCRED an empty packet can be taken for the end
# (tests/uds/seqpacket-empty-end.sh).
config_has_ HAVE_DECL_SO_PASSCRED \
  || skip_ 'no SO_PASSCRED here: empty packets can be taken for the end'

# check_ SERVER-OPTIONS CLIENT-OPTIONS: send the file in from a client
# to a server, and the file back from the server to the client, and
# compare both with it.
check_ ()
{
  rm -f s
  udscat -l $1 s < back > got 2> serr & pid=$!; bg_ $pid
  wait_socket_ s || framework_failure_
  timeout 10 udscat $2 s < in > out 2> cerr || { echo "client: $?"; fail=1; }
  wait $pid || { echo "server: $?"; fail=1; }
  compare in got || fail=1
  compare back out || fail=1
  cat serr cerr
}

# A lone empty line.
printf '\n' > in
printf '\n\n' > back
check_ -s -s

# A long line, an empty line, then two more lines; and empty records
# at the start and at the end.
{ head -c 100000 /dev/zero | tr '\0' a; printf '\n\nb\nc\n'; } > in
printf '\nx\n\n\ny\n\n' > back
check_ -s -s

# With NUL-terminated records.
printf 'a\0\0b\0\0' > in
printf '\0\0' > back
check_ '-s -z' '-s -z'

# The records reach a peer that is not udscat as empty packets, and
# its empty packets are empty lines; end of file is its close.
cat > peer.py <<'PYEOF' || framework_failure_
import socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
s.bind("q")
s.listen(1)
c, _ = s.accept()
for d in (b"", b"one", b"", b""):
    c.send(d)
c.shutdown(socket.SHUT_WR)
print([c.recv(65536) for i in range(3)])
PYEOF
"$PYTHON" peer.py > pyout & pid=$!; bg_ $pid
wait_socket_ q || framework_failure_
printf '\nz\n\n' | timeout 10 udscat -s q > out || fail=1
wait $pid || fail=1
printf '\none\n\n\n' > exp
compare exp out || fail=1
echo "[b'', b'z', b'']" > exp
compare exp pyout || fail=1

# Datagrams: an empty line is an empty datagram, and back.
udscat -l -d d > got & pid=$!; bg_ $pid
wait_socket_ d || framework_failure_
printf '\na\n\n\nb\n\n' > in
timeout 10 udscat -d d < in || fail=1
poll_until_ compare in got > /dev/null 2>&1 || fail=1
compare in got || fail=1
kill $pid; wait $pid

Exit $fail
