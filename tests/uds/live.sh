#!/bin/sh
# udscat --listen refuses a socket in use and leaves it alone
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ udscat
udscat -l s > out1 & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
ls -i s > inode-before || framework_failure_

returns_ 1 udscat -l s 2> err < /dev/null || fail=1
grep 'in use by a running server' err || fail=1
ls -i s > inode-after || fail=1
compare inode-before inode-after || fail=1

# The first server still works.
echo data > exp
echo data | timeout 10 udscat s || fail=1
wait $pid || fail=1
compare exp out1 || fail=1

Exit $fail
