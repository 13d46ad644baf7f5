#!/bin/sh
# fifocat -w succeeds when the reader leaves after reading everything
# and only the end of the input comes after (as cat would)

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

mkfifo f in || framework_failure_

# The input is a pipe (splice) that this shell holds open: fifocat
# copies "go", the reader takes it and leaves, then the input ends.
timeout 10 fifocat -w f < in 2> err & pid=$!; bg_ $pid
exec 3> in
echo go >&3
timeout 10 head -n 1 f > out || fail=1
echo go > exp
compare exp out || fail=1
poll_until_ sleeping_ $pid || fail=1
exec 3>&-
wait $pid || { echo "fifocat -w exited with status $?"; fail=1; }
compare /dev/null err || fail=1

# The same with a regular file as input, read by a reader that stops
# at its end.
echo go > file || framework_failure_
timeout 10 fifocat -w f < file 2> err & pid=$!; bg_ $pid
timeout 10 head -n 1 f > out || fail=1
compare exp out || fail=1
wait $pid || { echo "fifocat -w < file exited with status $?"; fail=1; }
compare /dev/null err || fail=1

Exit $fail
