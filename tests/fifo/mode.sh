#!/bin/sh
# fifocat --mode sets the exact permissions of the FIFO it creates
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ fifocat
. "$abs_top_srcdir/tests/fifo/helpers.sh"

umask 077
returns_ 124 timeout 10 fifocat -w --timeout=0 --mode=640 f < /dev/null \
  || fail=1
test -p f || fail=1
test "$(stat -c %a f)" = 640 || fail=1

returns_ 124 timeout 10 fifocat --timeout=0 -m u=rw,g=w,o=r g || fail=1
test "$(stat -c %a g)" = 624 || fail=1

# Without --mode: 0600 less the umask (private).
umask 027
returns_ 124 timeout 10 fifocat --timeout=0 h || fail=1
test "$(stat -c %a h)" = 600 || fail=1

# An existing FIFO keeps its mode.
returns_ 124 timeout 10 fifocat --timeout=0 --mode=600 f || fail=1
test "$(stat -c %a f)" = 640 || fail=1

Exit $fail
