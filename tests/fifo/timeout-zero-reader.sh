#!/bin/sh
# fifocat --timeout=0 fails at once (124) when no process writes the FIFO

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

returns_ 124 timeout 10 fifocat --timeout=0 f > out 2> err || fail=1
printf '%s\n' "fifocat: timed out after 0s waiting for a writer to open 'f'" > experr
compare experr err || fail=1
compare /dev/null out || fail=1

# With a writer waiting in its open, it reads.  (Retrying fifocat until
# a writer shows up would race: a writer opening while one fifocat is
# about to give up would then write to no reader.)
seq 1000 > exp || framework_failure_
sh -c 'exec cat exp > f' & pid=$!; bg_ $pid
in_open_ () { test "$(cat /proc/$pid/wchan 2>/dev/null)" = wait_for_partner; }
poll_until_ in_open_ \
  || skip_ 'cannot tell from /proc/PID/wchan that the writer waits in open'
timeout 10 fifocat --timeout=0 f > out || fail=1
wait $pid || fail=1
compare exp out || fail=1

Exit $fail
