#!/bin/sh
# mqrecv into a regular file, /dev/null or a terminal waits for no reader: every message is written at once

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
# Run the command of the arguments with a terminal, the slave side of
# a new pty, as its standard output, and read nothing from the pty
# until the command has ended (bounded: 10 s times IPCUTILS_SLOWDOWN):
# then print what it wrote, with the terminal's CR LF as LF, and its
# exit status, or "waited" if it had to be killed.
cat > on-tty.py <<'PY' || framework_failure_
import os, pty, subprocess, sys
m, s = pty.openpty()
p = subprocess.Popen(sys.argv[1:], stdout=s)
os.close(s)
slowdown = int(os.environ.get('IPCUTILS_SLOWDOWN', '1'))
try:
    status = p.wait(10 * slowdown)
except subprocess.TimeoutExpired:
    p.kill()
    p.wait()
    status = 'waited'
out = b''
while True:
    try:
        d = os.read(m, 65536)
    except OSError:             # EIO: the slave is closed, all was read
        break
    if not d:
        break
    out += d
sys.stdout.write(out.decode().replace('\r\n', '\n') + '%s\n' % status)
PY
printf '%s\n' a b c d e > exp || framework_failure_
set -- $queues
while test $# -gt 0; do
  q="$1 $2"; shift 2

  # A regular file.
  mqsend $q a b c d e || fail=1
  timeout 10 mqrecv $q -c 5 > out || fail=1
  compare exp out || fail=1
  returns_ 124 mqrecv $q --timeout=0 || fail=1

  # /dev/null: the messages are taken, as the user asked.
  mqsend $q a b c d e || fail=1
  returns_ 124 timeout 10 mqrecv $q -f --timeout=0 > /dev/null || fail=1
  returns_ 124 mqrecv $q --timeout=0 || fail=1

  # A terminal that nobody reads while mqrecv runs.
  mqsend $q a b c d e || fail=1
  $PYTHON on-tty.py mqrecv $q -c 5 > out || fail=1
  { cat exp && echo 0; } | compare - out || fail=1
  returns_ 124 mqrecv $q --timeout=0 || fail=1
done

Exit $fail
