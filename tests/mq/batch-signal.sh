#!/bin/sh
# mqrecv --batch blocked writing to a pipe nobody reads dies of SIGTERM and puts back what it did not write

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
# More than a pipe shrunk to 4096 bytes holds, less than a queue: 300
# lines of 40 bytes for System V (kernel.msgmnb is 16384 by default),
# 10 of 4000 for POSIX (a new queue holds 10 messages of 8192 bytes).
seq -f '%039g' 300 > all-k || framework_failure_
test $(($(wc -c < all-k) + 1000)) -le $(cat /proc/sys/kernel/msgmnb) \
  || skip_ "kernel.msgmnb is too small"
seq -f '%03999g' 10 > all-p || framework_failure_
tries=$(scaled_ 20)
cat > run.py <<'PY' || framework_failure_
# Run mqrecv with a pipe of 4096 bytes as standard output that nobody
# reads until mqrecv sleeps; SIGTERM it; then read the pipe.  Print
# mqrecv's status on stderr, the pipe's content on stdout; exit 1 if
# mqrecv never slept.
import fcntl, os, signal, subprocess, sys, time
r, w = os.pipe()
fcntl.fcntl(w, 1031, 4096)            # F_SETPIPE_SZ
p = subprocess.Popen(sys.argv[1:], stdout=w)
os.close(w)
slept = False
# Bounded waits: 10 s, times IPCUTILS_SLOWDOWN under a slow checker.
slowdown = int(os.environ.get('IPCUTILS_SLOWDOWN', '1'))
for _ in range(1000 * slowdown):
    with open('/proc/%d/status' % p.pid) as f:
        if 'State:\tS' in f.read():
            slept = True
            break
    time.sleep(0.01)
p.send_signal(signal.SIGTERM)
out = b''
while True:
    d = os.read(r, 65536)
    if not d:
        break
    out += d
sys.stdout.buffer.write(out)
sys.stderr.write('%d\n' % p.wait(10 * slowdown))
sys.exit(0 if slept else 1)
PY

set -- $queues
while test $# -gt 0; do
  opt=$1 q="$1 $2"; shift 2
  cp all$opt all && n=$(wc -l < all) || framework_failure_
  i=0
  while test $i -lt $tries; do
    i=$((i + 1))
    mqsend $q < all || framework_failure_
    $PYTHON run.py mqrecv $q -f --batch > out1 2> status \
      || { echo "try $i: mqrecv never waited for the reader"; fail=1; }
    echo -15 | compare - status || { echo "try $i: status"; fail=1; }
    # A line the signal cut short was put back whole: drop its head.
    test "$(tail -c 1 out1 | od -An -c | tr -d ' ')" = '\n' \
      || sed -i '$d' out1
    test "$(wc -l < out1)" -lt $n || { echo "try $i: all written"; fail=1; }
    timeout 10 mqrecv $q -f --timeout=0 > out2
    cat out1 out2 | sort > got
    compare all got > /dev/null \
      || { echo "try $i: lost or duplicated: $(cat out1 out2 | wc -l)"; fail=1; }
  done
done

Exit $fail
