#!/bin/sh
# udscat --keep-open without COMMAND relays one client after another
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ udscat
udscat -lk s < /dev/null > out & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
for i in 1 2 3; do
  echo "client $i" | timeout 10 udscat s || fail=1
  echo "client $i" >> exp
done
poll_until_ compare exp out > /dev/null 2>&1 || fail=1
compare exp out || fail=1
kill -TERM $pid
wait $pid; test $? = 143 || fail=1
test -e s && fail=1

Exit $fail
