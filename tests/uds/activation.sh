#!/bin/sh
# udscat -l relays one connection on a socket passed by socket activation

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
# systemd-socket-activate (no --accept) creates s, listens, and runs
# udscat with the listening socket as descriptor 3.
echo from-server > in
systemd-socket-activate -l "$PWD/s" udscat -v -l "$PWD/s" < in > got 2> err &
pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
echo from-client | timeout 10 udscat s > out || fail=1
wait $pid || fail=1
echo from-server > exp; compare exp out || fail=1
echo from-client > exp; compare exp got || fail=1
grep "listening on '$PWD/s' (socket activation)\$" err || fail=1
# The socket file belongs to systemd: udscat leaves it in place.
test -S s || fail=1

Exit $fail
