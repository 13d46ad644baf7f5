#!/bin/sh
# fifocat follows a symbolic link to a FIFO, but -u does not remove it
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ fifocat

mkfifo f || framework_failure_
ln -s f link || framework_failure_
echo data > exp || framework_failure_

timeout 10 fifocat -u link > out 2> err & pid=$!; bg_ $pid
timeout 10 sh -c 'cat exp > f' || fail=1
wait $pid || fail=1
compare exp out || fail=1
test -p f || fail=1
test -h link || fail=1
grep "warning: 'link' is not itself the FIFO" err || fail=1

Exit $fail
