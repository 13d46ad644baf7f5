#!/bin/sh
# udscat -z frames datagrams and seqpacket records with NUL bytes
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ udscat
require_python_

udscat -l -d -z s > out & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
"$PYTHON" -c '
import socket
c = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
for d in (b"a\nb", b"c"):
    c.sendto(d, "s")
' || fail=1
printf 'a\nb\0c\0' > exp
poll_until_ compare exp out > /dev/null 2>&1 || fail=1
compare exp out || fail=1

# Sending: records end with NUL, newlines are data.
cat > server.py <<'PYEOF' || framework_failure_
import socket
s = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
s.bind("q")
s.listen(1)
c, _ = s.accept()
with open("got", "w") as f:
    while True:
        d = c.recv(65536)
        if not d:
            break
        f.write(repr(d) + "\n")
PYEOF
"$PYTHON" server.py & pid=$!; bg_ $pid
wait_socket_ q || framework_failure_
printf 'x\ny\0z' | timeout 10 udscat -s -z q || fail=1
wait $pid || fail=1
printf "b'x\\\\ny'\nb'z'\n" > exp-got
compare exp-got got || fail=1

Exit $fail
