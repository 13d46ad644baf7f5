#!/bin/sh
# udscat -l ignores LISTEN_FDS meant for another process

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
# LISTEN_PID names another process: udscat creates, and removes, its
# own socket, and descriptor 3 is left alone.
LISTEN_PID=1 LISTEN_FDS=1 udscat -l s < /dev/null > got & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
echo hi | timeout 10 udscat s > /dev/null || fail=1
wait $pid || fail=1
echo hi > exp; compare exp got || fail=1
test -e s && fail=1

Exit $fail
