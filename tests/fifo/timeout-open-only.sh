#!/bin/sh
# fifocat --timeout bounds only the wait for the other end, not the copy

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

mkfifo f gate || framework_failure_

# The writer opens first, then writes its second line only when the
# test opens the gate, well after the reader's timeout.
sh -c '{ echo first; read x < gate; echo second; } > f' & wpid=$!
bg_ $wpid
poll_until_ sleeping_ $wpid || framework_failure_
fifocat --timeout=0.1 f > out & pid=$!; bg_ $pid
poll_until_ lines_at_least_ 1 out || fail=1
# Let the timeout pass (a delay on purpose, not a wait for an event).
retry_delay_ 0.3
kill -0 $pid || fail=1
timeout 10 sh -c 'echo go > gate' || fail=1
poll_until_ gone_ $pid || fail=1
wait $pid || fail=1
printf 'first\nsecond\n' > exp
compare exp out || fail=1

Exit $fail
