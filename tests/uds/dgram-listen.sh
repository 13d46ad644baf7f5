#!/bin/sh
# udscat --listen --dgram writes each datagram received as one line
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ udscat
require_python_

udscat -l -d s > out & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
"$PYTHON" -c '
import socket
c = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
for d in (b"first", b"", b"two\nlines", b"\0bin\377"):
    c.sendto(d, "s")
' || fail=1
printf 'first\n\ntwo\nlines\n\0bin\377\n' > exp
poll_until_ compare exp out > /dev/null 2>&1 || fail=1
compare exp out || fail=1

# A receiver ends with SIGTERM, removing its socket.
kill -TERM $pid
wait $pid
test -e s && fail=1

Exit $fail
