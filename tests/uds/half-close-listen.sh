#!/bin/sh
# udscat --listen answers a client that shut down its sending side

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

# The client sends its request, shuts down writing (and says so in the
# file "shut"), then reads the answer to its end.  udscat, reading the answer from a FIFO that this
# shell fills in two steps, must keep the connection for it after the
# client's end of data.
cat > client.py <<'PYEOF' || framework_failure_
import socket, sys
c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
c.connect("s")
c.sendall(b"request\n")
c.shutdown(socket.SHUT_WR)
open("shut", "w").close()
data = b""
while True:
    b = c.recv(65536)
    if not b:
        break
    sys.stdout.buffer.write(b)
    sys.stdout.buffer.flush()
PYEOF

printf 'request\n' > exp-req || framework_failure_
printf 'answer 1\nanswer 2\n' > exp || framework_failure_
mkfifo answer || framework_failure_
timeout $T udscat -l s < answer > got-req 2> err &
pid=$!; bg_ $pid
exec 3> answer
echo 'answer 1' >&3
wait_socket_ s || framework_failure_
timeout $T "$PYTHON" client.py > out 3>&- &
client=$!; bg_ $client
# The second answer goes only once udscat has the whole request, has
# sent the first answer, and sleeps after the client's shutdown: that
# woke it up (its state was R until it went back to sleep), so it has
# read the end of the client's data.  A fixed delay could instead let
# both answers through at once, before udscat saw that end.
poll_until_ compare exp-req got-req > /dev/null 2>&1 || fail=1
poll_until_ grep -q 'answer 1' out || fail=1
poll_until_ test -e shut || fail=1
poll_until_ sleeping_ $pid || fail=1
(trap '' PIPE; echo 'answer 2' >&3) 2> /dev/null \
  || { echo "udscat stopped reading its input at the client's end of data"; fail=1; }
exec 3>&-
wait $client || fail=1
wait $pid || { echo "udscat: status $?"; cat err; fail=1; }
compare exp-req got-req || fail=1
compare exp out || fail=1

Exit $fail
