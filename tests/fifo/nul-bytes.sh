#!/bin/sh
# fifocat copies NUL bytes and other binary data exactly
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ fifocat

mkfifo f || framework_failure_
printf 'a\000b\000\000c\377\n\000' > exp || framework_failure_

timeout 10 fifocat -w f < exp & pid=$!; bg_ $pid
timeout 10 fifocat f > out || fail=1
wait $pid || fail=1
cmp exp out || fail=1

# Through pipes on both sides.
timeout 10 sh -c 'cat exp | fifocat -w f' & pid=$!; bg_ $pid
timeout 10 fifocat f | cat > out2 || fail=1
wait $pid || fail=1
cmp exp out2 || fail=1

Exit $fail
