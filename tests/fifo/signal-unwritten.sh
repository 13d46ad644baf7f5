#!/bin/sh
# SIGTERM while fifocat, copying without splice, waits to write to a full pipe: it dies of it at once, and loses only the bytes it says it read and did not write

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
print_ver_ fifocat
require_python_

# The output, a pipe in append mode, refuses splice: fifocat reads into
# its buffer and writes.  Nobody reads that pipe, so fifocat ends up
# waiting to write; SIGTERM.  The bytes written, those fifocat says it
# read and did not write (none if it says nothing), and those still in
# the FIFO must add up to what went into the FIFO, in order.
cat > run.py <<'PY' || framework_failure_
import fcntl, os, re, select, signal, subprocess, sys, time
slowdown = int(os.environ.get('IPCUTILS_SLOWDOWN', '1'))
tries = int(sys.argv[1])

def state(pid):
    try:
        with open('/proc/%d/stat' % pid) as f:
            return f.read().rsplit(')', 1)[1].split()[0]
    except OSError:
        return 'gone'

def drain(fd):
    out = b''
    fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_NONBLOCK)
    while True:
        try:
            d = os.read(fd, 1 << 20)
        except BlockingIOError:
            return out
        if not d:
            return out
        out += d

pattern = bytes(i % 251 for i in range(251 * 64))
fail = 0
for i in range(1, tries + 1):
    name = 'f%d' % i
    os.mkfifo(name)
    r, w = os.pipe()
    fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_APPEND)
    err = open('err', 'w+b')
    p = subprocess.Popen(['fifocat', '-k', name], stdout=w, stderr=err)
    check = os.dup(w)
    os.close(w)
    fifo = os.open(name, os.O_RDWR | os.O_NONBLOCK)
    sent = b''
    full = select.poll()
    full.register(check, select.POLLOUT)
    blocked = False
    for _ in range(1000 * slowdown):
        try:
            n = os.write(fifo, pattern)
            sent += pattern[:n]
        except BlockingIOError:
            pass
        if not full.poll(0) and state(p.pid) == 'S':
            blocked = True
            break
        time.sleep(0.005)
    if not blocked:
        print('try %d: fifocat never blocked writing' % i); fail = 1
    p.send_signal(signal.SIGTERM)
    try:
        status = p.wait(2 * slowdown)
    except subprocess.TimeoutExpired:
        print('try %d: fifocat alive after SIGTERM' % i); fail = 1
        p.kill(); status = p.wait()
    os.close(check)
    got = drain(r)
    left = drain(fifo)
    os.close(r); os.close(fifo); os.unlink(name)
    err.seek(0); msg = err.read().decode()
    if status != -signal.SIGTERM:
        print('try %d: status %d' % (i, status)); fail = 1
    m = re.search(r"interrupted: (\d+) bytes? read from '%s' (was|were) not"
                  r" written to standard output" % name, msg)
    lost = int(m.group(1)) if m else 0
    if msg and not m:
        print('try %d: diagnostics: %r' % (i, msg)); fail = 1
    if (len(got) + lost + len(left) != len(sent) or got != sent[:len(got)]
            or left != sent[len(got) + lost:]):
        print('try %d: %d sent, %d written + %d said unwritten + %d left'
              % (i, len(sent), len(got), lost, len(left))); fail = 1
    if fail:
        break
sys.exit(fail)
PY

timeout $(expr 120 \* ${IPCUTILS_SLOWDOWN:-1}) \
  "$PYTHON" run.py $(scaled_ 20) || fail=1

Exit $fail
