#!/bin/sh
# udscat copies binary data exactly from and to regular files
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ udscat
# Files are not pipes: the read/write path.
head -c 8M /dev/urandom > in || framework_failure_
udscat -l s < in > got-server & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
timeout 30 udscat s < in > got-client || fail=1
wait $pid || fail=1
cmp in got-server || fail=1
cmp in got-client || fail=1

Exit $fail
