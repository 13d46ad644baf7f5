#!/bin/sh
# OpenBSD 'nc -U' talks to udscat --listen; data flows both ways
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ udscat
require_nc_unix_

printf 'from nc\n\0binary\377\n' > to-udscat || framework_failure_
printf 'from udscat\nline 2\n' > to-nc || framework_failure_

udscat -l s < to-nc > got-udscat & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
timeout 10 nc -U -N s < to-udscat > got-nc || fail=1
wait $pid || fail=1

compare to-nc got-nc || fail=1
compare to-udscat got-udscat || fail=1

Exit $fail
