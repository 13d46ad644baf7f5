#!/bin/sh
# fifocat --mode sets the exact permissions of the FIFO it creates
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ fifocat

# created_mode_ NAME OPTION...: the mode of the FIFO NAME that a writer
# fifocat OPTION... creates, seen while it waits for a reader (a FIFO
# that nobody used is removed when fifocat gives up).
created_mode_ ()
{
  mf_=$1; shift
  timeout 10 fifocat -w "$@" "$mf_" < /dev/null & mp_=$!
  poll_until_ test -p "$mf_" || return 1
  stat -c %a "$mf_"
  timeout 10 cat "$mf_" > /dev/null
  wait $mp_
}

umask 077
test "$(created_mode_ f --mode=640)" = 640 || fail=1
test "$(created_mode_ g -m u=rw,g=w,o=r)" = 624 || fail=1

# Without --mode: 0600 less the umask (private).
umask 027
test "$(created_mode_ h)" = 600 || fail=1

# An existing FIFO keeps its mode.
returns_ 124 timeout 10 fifocat --timeout=0 --mode=600 f || fail=1
test "$(stat -c %a f)" = 640 || fail=1

Exit $fail
