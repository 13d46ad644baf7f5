#!/bin/sh
# fifocat -u never removes a regular file put in place of the FIFO

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
print_ver_ fifocat

fifocat -k -u f > out & pid=$!; bg_ $pid
poll_until_ test -p f || fail=1
timeout 10 sh -c 'echo x > f' || fail=1
poll_until_ lines_at_least_ 1 out || fail=1
# Replace the FIFO by a regular file; fifocat still reads the old FIFO.
rm f && echo precious > f || framework_failure_
kill -TERM $pid || fail=1
poll_until_ gone_ $pid || fail=1
test "$(cat f)" = precious || fail=1

Exit $fail
