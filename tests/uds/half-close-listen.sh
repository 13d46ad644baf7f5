#!/bin/sh
# udscat --listen answers a client that shut down its sending side
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ udscat
require_python_

# The client sends its request, shuts down writing, then reads the
# answer to its end.  udscat, reading the answer from a slow pipe,
# must keep the connection for it after the client's end of data.
cat > client.py <<'PYEOF' || framework_failure_
import socket, sys
c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
c.connect("s")
c.sendall(b"request\n")
c.shutdown(socket.SHUT_WR)
data = b""
while True:
    b = c.recv(65536)
    if not b:
        break
    data += b
sys.stdout.buffer.write(data)
PYEOF

printf 'request\n' > exp-req || framework_failure_
printf 'answer 1\nanswer 2\n' > exp || framework_failure_
(echo 'answer 1'; sleep 0.5; echo 'answer 2') | udscat -l s > got-req &
pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
timeout 10 "$PYTHON" client.py > out || fail=1
wait $pid || fail=1
compare exp-req got-req || fail=1
compare exp out || fail=1

Exit $fail
