#!/bin/sh
# mqsend reading a non-blocking pipe, and mqrecv writing to one, wait when it is empty or full, and lose nothing

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

fresh_key_
# O_NONBLOCK belongs to the open file description, which a program
# shares with whoever gave it the pipe: set it there, as a careless
# invoker would, and check on the program with bounded polls only.
cat > nb.py <<'PYEOF' || framework_failure_
import fcntl, os, select, subprocess, sys, time

key, slowdown = sys.argv[1], int(sys.argv[2])

def nonblocking(fd):
    fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_NONBLOCK)

def poll_until(cond):
    for _ in range(200 * slowdown):
        if cond():
            return True
        time.sleep(0.05)
    return False

def qnum():
    with open("/proc/sysvipc/msg") as f:
        for line in f.readlines()[1:]:
            field = line.split()
            if int(field[0]) == int(key):
                return int(field[4])
    return -1

def state(pid):
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "gone"

fail = 0

# mqsend: half of the lines, then, once it has sent them and waits on
# the empty pipe (it used to fail with EAGAIN there), the rest.
lines = [b"%d\n" % i for i in range(1, 501)]
r, w = os.pipe()
nonblocking(r)
p = subprocess.Popen(["mqsend", "-k", key], stdin=r)
os.close(r)
os.write(w, b"".join(lines[:250]))
if not poll_until(lambda: qnum() == 250 and (p.poll() is not None
                                             or state(p.pid) == "S")):
    print("mqsend did not send the first half"); fail = 1
try:
    os.write(w, b"".join(lines[250:]))
except BrokenPipeError:
    print("mqsend stopped reading"); fail = 1
os.close(w)
if p.wait(timeout=10 * slowdown) != 0:
    print("mqsend: status", p.returncode); fail = 1
out = subprocess.run(["mqrecv", "-k", key, "-c", "500", "--timeout=0"],
                     stdout=subprocess.PIPE).stdout
if out != b"".join(lines):
    print("mqrecv did not get what mqsend read"); fail = 1

# mqrecv: 2000 messages of 100 bytes, more than a pipe holds, into a
# pipe nobody reads until it is full (where mqrecv used to fail with
# EAGAIN); then read it all.
msgs = [b"%099d\n" % i for i in range(2000)]
with open("msgs", "wb") as f:
    f.write(b"".join(msgs))
s = subprocess.Popen(["mqsend", "-k", key], stdin=open("msgs", "rb"))
r, w = os.pipe()
nonblocking(w)
p = subprocess.Popen(["mqrecv", "-k", key, "-c", "2000"], stdout=w)
check = os.dup(w)
os.close(w)
full = select.poll()
full.register(check, select.POLLOUT)
if not poll_until(lambda: p.poll() is not None
                  or (not full.poll(0) and state(p.pid) == "S")):
    print("mqrecv did not fill the pipe"); fail = 1
os.close(check)
data = b""
while True:
    chunk = os.read(r, 65536)
    if not chunk:
        break
    data += chunk
if p.wait(timeout=10 * slowdown) != 0:
    print("mqrecv: status", p.returncode); fail = 1
if s.wait(timeout=10 * slowdown) != 0:
    print("mqsend: status", s.returncode); fail = 1
if data != b"".join(msgs):
    print("mqrecv wrote %d bytes, not %d" % (len(data), len(b"".join(msgs))))
    fail = 1
sys.exit(fail)
PYEOF
timeout $(expr 60 \* ${IPCUTILS_SLOWDOWN:-1}) \
  "$PYTHON" nb.py $key ${IPCUTILS_SLOWDOWN:-1} || fail=1
returns_ 124 mqrecv -k $key --timeout=0 || fail=1

Exit $fail
