#!/bin/sh
# udscat -ld receives datagrams on an activated socket; a socket not listening is refused

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
require_socket_activate_
require_python_

# Datagrams: systemd-socket-activate runs udscat when the first one is
# waiting; udscat receives it and the next.
systemd-socket-activate -d -l "$PWD/s" udscat -ld "$PWD/s" > got & pid=$!
bg_ $pid
wait_socket_ s || framework_failure_
printf 'one\ntwo\n' > exp
timeout 10 udscat -d s < exp || fail=1
poll_until_ compare exp got || { echo datagram-fail; fail=1; }
kill $pid; wait $pid
test -S s || fail=1

# A stream socket bound to SOCKET but not listening, passed as
# descriptor 3 by a process that then becomes udscat.
cat > pass.py <<'PY' || framework_failure_
import os, socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.bind(sys.argv[1])
if s.fileno() != 3:
    os.dup2(s.fileno(), 3)
os.set_inheritable(3, True)
os.environ["LISTEN_PID"] = str(os.getpid())
os.environ["LISTEN_FDS"] = "1"
os.execvp(sys.argv[2], sys.argv[2:])
PY
returns_ 1 timeout 10 python3 pass.py "$PWD/t" udscat -l "$PWD/t" \
  < /dev/null 2> err || fail=1
grep "the socket passed by socket activation is not listening" err || { cat err; fail=1; }
test -S t || fail=1

Exit $fail
