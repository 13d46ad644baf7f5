#!/bin/sh
# udscat copies 256 MiB binary-exact through pipes (splice)
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ udscat
# 16 MiB of random bytes, sent 16 times: 256 MiB.
head -c 16M /dev/urandom > chunk || framework_failure_
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16; do cat chunk; done \
  | cksum > exp || framework_failure_

udscat -l s < /dev/null | cksum > out & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16; do cat chunk; done \
  | timeout 60 udscat s || fail=1
wait $pid || fail=1
compare exp out || fail=1

# The other way: from the listening side to the connecting one.
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16; do cat chunk; done \
  | udscat -l s & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
timeout 60 udscat s < /dev/null | cksum > out2 || fail=1
wait $pid || fail=1
compare exp out2 || fail=1

Exit $fail
