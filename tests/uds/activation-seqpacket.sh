#!/bin/sh
# udscat -ls relays packets on an activated seqpacket socket

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
printf 'a\n\nb\n' > in
systemd-socket-activate --seqpacket -l "$PWD/s" \
  udscat -ls "$PWD/s" < in > got & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
printf 'x\n\ny\n' | timeout 10 udscat -s s > out || fail=1
wait $pid || fail=1
compare in out || fail=1
printf 'x\n\ny\n' > exp; compare exp got || fail=1

Exit $fail
