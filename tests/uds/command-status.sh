#!/bin/sh
# udscat COMMAND's exit status is udscat's; 127 for a missing command
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ udscat
udscat -l s sh -c 'exit 7' & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
timeout 10 udscat s < /dev/null || fail=1
wait $pid; test $? = 7 || fail=1

udscat -l s ./no-such-command 2> err & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
timeout 10 udscat s < /dev/null || fail=1
wait $pid; test $? = 127 || fail=1
grep 'no-such-command' err || fail=1

Exit $fail
