#!/bin/sh
# udscat connects to a socat UNIX-LISTEN server; data flows both ways
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ udscat
require_socat_

printf 'from socat\n\0binary\377\n' > to-udscat || framework_failure_
printf 'from udscat\nline 2\n' > to-socat || framework_failure_

socat -t 10 UNIX-LISTEN:s - < to-udscat > got-socat & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
timeout 10 udscat s < to-socat > got-udscat || fail=1
wait $pid || fail=1

compare to-socat got-socat || fail=1
compare to-udscat got-udscat || fail=1

Exit $fail
