#!/bin/sh
# SIGTERM while mqrecv -f, with or without --batch, is blocked on a full pipe that nobody reads: it ends at once, before anyone reads, and each message is in the pipe or in the queue, once

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

# The case of the report: 300 messages of 40 bytes in a System V queue
# (10 of 4000 bytes in a POSIX one), more than a pipe shrunk to 4096
# bytes holds; mqrecv -f writes into it and nobody reads it.  SIGTERM
# must end mqrecv while the pipe is still full: no reader will ever
# make room.
mq_queues_
seq -f '%039g' 300 > all-k || framework_failure_
test $(($(wc -c < all-k) + 1000)) -le $(cat /proc/sys/kernel/msgmnb) \
  || skip_ "kernel.msgmnb is too small"
seq -f '%03999g' 10 > all-p || framework_failure_
tries=$(scaled_ 20)
cat > run.py <<'PY' || framework_failure_
# Run mqrecv with a pipe of 4096 bytes as standard output that nobody
# reads; once mqrecv sleeps, SIGTERM it and wait (bounded) for it to
# end, reading nothing meanwhile.  Then read the pipe.  Print the
# status on stderr ("alive" if mqrecv was still running after the
# bound: it is then killed), the pipe's content on stdout; exit 1 if
# mqrecv never slept.
import fcntl, os, signal, subprocess, sys, time
slowdown = int(os.environ.get('IPCUTILS_SLOWDOWN', '1'))
r, w = os.pipe()
fcntl.fcntl(w, 1031, 4096)            # F_SETPIPE_SZ
p = subprocess.Popen(sys.argv[1:], stdout=w)
os.close(w)
slept = False
for _ in range(1000 * slowdown):
    with open('/proc/%d/status' % p.pid) as f:
        if 'State:\tS' in f.read():
            slept = True
            break
    time.sleep(0.01)
p.send_signal(signal.SIGTERM)
try:
    status = '%d' % p.wait(2 * slowdown)
except subprocess.TimeoutExpired:
    status = 'alive'
    p.kill()
    p.wait()
out = b''
while True:
    d = os.read(r, 65536)
    if not d:
        break
    out += d
sys.stdout.buffer.write(out)
sys.stderr.write(status + '\n')
sys.exit(0 if slept else 1)
PY

set -- $queues
while test $# -gt 0; do
  opt=$1 q="$1 $2"; shift 2
  cp all$opt all && n=$(wc -l < all) || framework_failure_
  for mode in '' --batch; do
    i=0
    while test $i -lt $tries; do
      i=$((i + 1))
      mqsend $q < all || framework_failure_
      $PYTHON run.py mqrecv $q -f $mode > out1 2> status \
        || { echo "$opt $mode try $i: mqrecv never waited"; fail=1; }
      echo -15 | compare - status \
        || { echo "$opt $mode try $i: not ended by SIGTERM"; fail=1; }
      # A line the signal cut short was put back whole: drop its head.
      test ! -s out1 \
        || test "$(tail -c 1 out1 | od -An -c | tr -d ' ')" = '\n' \
        || sed -i '$d' out1
      test "$(wc -l < out1)" -lt $n \
        || { echo "$opt $mode try $i: all written"; fail=1; }
      timeout 10 mqrecv $q -f --timeout=0 > out2
      cat out1 out2 | sort > got
      compare all got > /dev/null \
        || { echo "$opt $mode try $i: lost or duplicated:" \
                  "$(wc -l < out1) + $(wc -l < out2)"; fail=1; }
      test "${fail-0}" = 0 || break
    done
  done
done

Exit $fail
