#!/bin/sh
# fifocat -w --timeout=0 fails at once (124) when no process reads the FIFO

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

mkfifo f || framework_failure_
echo data > exp || framework_failure_

returns_ 124 timeout 10 fifocat -w --timeout=0 f < exp 2> err || fail=1
printf '%s\n' "fifocat: timed out after 0s waiting for a reader to open 'f'" > experr
compare experr err || fail=1

# With a reader waiting, it writes.
timeout 10 cat f > out & pid=$!; bg_ $pid
poll_until_ timeout 10 fifocat -w --timeout=0 f < exp 2>/dev/null || fail=1
wait $pid || fail=1
compare exp out || fail=1

Exit $fail
