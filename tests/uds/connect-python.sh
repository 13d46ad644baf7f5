#!/bin/sh
# udscat connects to a Python socket server, which echoes in upper case
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ udscat
require_python_

cat > server.py <<'PYEOF' || framework_failure_
import os, socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.bind("s")
s.listen(1)
c, _ = s.accept()
data = b""
while True:
    b = c.recv(65536)
    if not b:
        break
    data += b
c.sendall(data.upper())
c.close()
PYEOF

printf 'hello\nworld\n' > in || framework_failure_
printf 'HELLO\nWORLD\n' > exp || framework_failure_
"$PYTHON" server.py & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
timeout 10 udscat s < in > out || fail=1
wait $pid || fail=1
compare exp out || fail=1

Exit $fail
