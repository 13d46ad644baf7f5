#!/bin/sh
# a udscat peer that disconnects mid-transfer: the other side ends with status 1 and a diagnostic, removes its socket, and does not hang


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

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ udscat

seq 1500000 > big || framework_failure_

# The server dies (SIGKILL) while the client is still sending: it
# accepts and reads nothing, so the client blocks with data in hand.
require_python_
cat > hold.py <<'PYEOF' || framework_failure_
import socket, time
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.bind("s")
s.listen(1)
c, _ = s.accept()
time.sleep(60)
PYEOF
"$PYTHON" hold.py & server=$!; bg_ $server
poll_until_ test -S s || fail=1
timeout $T udscat s < big > /dev/null 2> cerr &
client=$!; bg_ $client
poll_until_ sleeping_ $client || fail=1
kill -KILL $server; wait $server
# The client notices when it writes, or when the peer hangs up: either
# way it ends with status 1, having lost its peer with input in hand.
wait $client; st=$?
test $st = 1 || { echo "client: status $st"; cat cerr; fail=1; }
grep -E "connection on 's' lost|the peer on 's' went away" cerr || fail=1
rm -f s

# The client goes away while the server is still sending: the server
# ends with status 1, says that the connection was lost (the data
# after it is), and removes its socket.
timeout $T udscat -l s < big 2> serr &
server=$!; bg_ $server
poll_until_ test -S s || fail=1
timeout $T udscat s < /dev/null | head -c 10 > out
wait $server; st=$?
test $st = 1 || { echo "server: status $st"; fail=1; }
grep -E "^udscat: (connection on 's' lost: |the peer on 's' went away)" serr \
  || { cat serr; fail=1; }
test -e s && { echo "socket left"; fail=1; }
printf '1\n2\n3\n4\n5\n' > exp
compare exp out || fail=1

# A command server: a client that disconnects early does not stop it.
timeout $T udscat -l -k s cat big > /dev/null 2> serr &
server=$!; bg_ $server
poll_until_ test -S s || fail=1
for i in 1 2 3; do
  timeout $T udscat s < /dev/null | head -c 10 > out
  compare exp out || fail=1
done
timeout $T udscat s < /dev/null > all || fail=1
compare big all > /dev/null || { echo "the server broke"; fail=1; }
st_signal_ TERM $server "command server"
test -e s && { echo "socket left"; fail=1; }

Exit $fail
