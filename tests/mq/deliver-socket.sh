#!/bin/sh
# with a socket as standard output, mqrecv -f hands over one message at a time too

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
print_ver_ mqsend mqrecv
require_sysv_ipc_

require_python_
mq_queues_
printf '%s\n' b c d e > exp-left || framework_failure_
cat > reader.py <<'PY' || framework_failure_
# Run mqrecv with one end of a socketpair as its standard output, read
# one line, close, and print the line and mqrecv's exit status.
import socket, subprocess, sys
a, b = socket.socketpair()
p = subprocess.Popen(sys.argv[1:], stdout=a.fileno())
a.close()
line = b''
while not line.endswith(b'\n'):
    d = b.recv(1)
    if not d:
        break
    line += d
b.close()
sys.stdout.write(line.decode() + str(p.wait(10)) + '\n')
PY
set -- $queues
while test $# -gt 0; do
  q="$1 $2"; shift 2
  mqsend $q a b c d e || fail=1
  $PYTHON reader.py mqrecv $q -f > out || fail=1
  printf 'a\n1\n' | compare - out || fail=1
  left_ $q > left
  compare exp-left left || fail=1
done

Exit $fail
