#!/bin/sh
# after the end of its input, udscat reads a slow reply to its end
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ udscat
require_python_

# The server answers only after the end of the request, in pieces,
# slowly: udscat must not stop after a grace period.
cat > server.py <<'PYEOF' || framework_failure_
import socket, time
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.bind("s")
s.listen(1)
c, _ = s.accept()
req = b""
while True:
    b = c.recv(65536)
    if not b:
        break
    req += b
for i in range(3):
    time.sleep(0.4)
    c.sendall(b"reply %d to %s" % (i, req))
c.close()
PYEOF

printf 'reply 0 to ask\nreply 1 to ask\nreply 2 to ask\n' > exp \
  || framework_failure_
"$PYTHON" server.py & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
echo ask | timeout 10 udscat s > out || fail=1
wait $pid || fail=1
compare exp out || fail=1

Exit $fail
