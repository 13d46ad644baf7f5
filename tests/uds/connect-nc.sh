#!/bin/sh
# udscat connects to an OpenBSD 'nc -U -l' server; data flows both ways
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ udscat
require_nc_unix_

printf 'from nc\n\0binary\377\n' > to-udscat || framework_failure_
printf 'from udscat\nline 2\n' > to-nc || framework_failure_

# -N: nc shuts down its sending side at the end of its input.
nc -U -l -N s < to-udscat > got-nc & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
timeout 10 udscat s < to-nc > got-udscat || fail=1
wait $pid || fail=1

compare to-nc got-nc || fail=1
compare to-udscat got-udscat || fail=1

Exit $fail
