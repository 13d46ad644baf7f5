#!/bin/sh
# util-linux 'logger -u' sends to udscat --listen --dgram
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ udscat
logger --version 2>/dev/null | grep -q util-linux \
  || skip_ 'util-linux logger is not installed'

udscat -l -d log.sock > out & pid=$!; bg_ $pid
wait_socket_ log.sock || framework_failure_
logger -u ./log.sock --socket-errors=on -t ipcutils-test 'hello from logger' \
  || fail=1
poll_until_ grep -q 'ipcutils-test.*hello from logger$' out || fail=1
test "$(wc -l < out)" = 1 || fail=1

Exit $fail
