#!/bin/sh
# util-linux 'logger -u' sends to udscat --listen --dgram

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
logger --version 2>/dev/null | grep -q util-linux \
  || skip_ 'util-linux logger is not installed'

udscat -l -d log.sock > out & pid=$!; bg_ $pid
wait_socket_ log.sock || framework_failure_
logger -u ./log.sock --socket-errors=on -t ipcutils-test 'hello from logger' \
  || fail=1
poll_until_ grep -q 'ipcutils-test.*hello from logger$' out || fail=1
test "$(wc -l < out)" = 1 || fail=1

Exit $fail
