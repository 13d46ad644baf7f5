#!/bin/sh
# udscat --listen runs COMMAND with the UCSPI environment

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
config_has_ HAVE_DECL_SO_PEERCRED \
  || skip_ 'no SO_PEERCRED here (tests/uds/peer-unknown.sh)'
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
