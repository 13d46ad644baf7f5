#!/bin/sh
# udscat listens on and connects to @NAME in the abstract namespace
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ udscat
test "$(uname -s)" = Linux || skip_ 'the abstract namespace is Linux-only'
require_python_

name=ipcutils-test-$$-$(random_ 30)
printf 'to client\n' > to-client || framework_failure_
printf 'to server\n' > to-server || framework_failure_

udscat -l "@$name" < to-client > got-server & pid=$!; bg_ $pid
wait_abstract_ "$name" || fail=1
timeout 10 udscat "@$name" < to-server > got-client || fail=1
wait $pid || fail=1
compare to-client got-client || fail=1
compare to-server got-server || fail=1
# No file was created.
test -e "@$name" && fail=1

# Python agrees on the address: a leading NUL byte, then the name.
echo hi > exp
udscat -l "@$name" > got & pid=$!; bg_ $pid
wait_abstract_ "$name" || fail=1
timeout 10 "$PYTHON" -c '
import socket, sys
c = socket.socket(socket.AF_UNIX)
c.connect("\0" + sys.argv[1])
c.sendall(b"hi\n")
' "$name" || fail=1
wait $pid || fail=1
compare exp got || fail=1

Exit $fail
