#!/bin/sh
# fifocat --exclusive fails when FIFO exists already

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

returns_ 1 timeout 10 fifocat --exclusive --timeout=0 f > out 2> err || fail=1
printf '%s\n' "fifocat: cannot create FIFO 'f': File exists" > experr
compare experr err || fail=1

# A missing FIFO is created (and, as nobody used it, removed when
# fifocat gives up).
timeout 10 fifocat -w --exclusive g < /dev/null & pid=$!; bg_ $pid
poll_until_ test -p g || fail=1
timeout 10 cat g > /dev/null || fail=1
wait $pid || fail=1

Exit $fail
