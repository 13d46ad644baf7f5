#!/bin/sh
# udscat --listen runs COMMAND with the UCSPI environment
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ udscat
# Option parsing stops at SOCKET, so "-c" belongs to sh.
udscat -l s sh -c 'echo "$PROTO $UNIXLOCALPATH $UNIXREMOTEPID" \
                         "$UNIXREMOTEEUID $UNIXREMOTEEGID"; cat' \
  > /dev/null & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
echo tail > in
(exec udscat s < in > out) & cpid=$!; bg_ $cpid
poll_until_ gone_ $cpid || fail=1
wait $cpid || fail=1
wait $pid || fail=1
echo "UNIX s $cpid $(id -u) $(id -g)" > exp
echo tail >> exp
compare exp out || fail=1
test -e s && fail=1

Exit $fail
