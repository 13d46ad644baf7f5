#!/bin/sh
# udscat -lk with a COMMAND serves two clients on an activated socket

# Copyright (C) 2026 the ipcutils authors
#
# This program is free software: you can redistribute it and/or modify
# it under the terms of the GNU General Public License as published by
# the Free Software Foundation, either version 3 of the License, or
# (at your option) any later version.
#
# This program is distributed in the hope that it will be useful,
# but WITHOUT ANY WARRANTY; without even the implied warranty of
# MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
# GNU General Public License for more details.
#
# You should have received a copy of the GNU General Public License
# along with this program.  If not, see <https://www.gnu.org/licenses/>.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ udscat
require_socket_activate_
systemd-socket-activate -l "$PWD/s" \
  udscat -lk "$PWD/s" sh -c 'echo "$PROTO $UNIXREMOTEPID" \
    "$UNIXREMOTEEUID $UNIXREMOTEEGID ${LISTEN_PID-no}" \
    "${LISTEN_FDS-no} ${LISTEN_FDNAMES-no}"; cat' > /dev/null & pid=$!
bg_ $pid
wait_socket_ s || framework_failure_
for i in 1 2; do
  echo "tail $i" > in
  (exec udscat s < in > out$i) & cpid=$!; bg_ $cpid
  poll_until_ gone_ $cpid || fail=1
  wait $cpid || fail=1
  printf '%s\n' "UNIX $cpid $(id -u) $(id -g) no no no" "tail $i" > exp
  compare exp out$i || fail=1
done
kill -0 $pid || fail=1

Exit $fail
