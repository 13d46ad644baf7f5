#!/bin/sh
# fifocat -w reports a reader that goes away

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
head -c 10M /dev/zero > in || framework_failure_

timeout 10 fifocat -w f < in 2> err & pid=$!; bg_ $pid
timeout 10 head -c 1000 f > out || fail=1
wait $pid; test $? = 1 || fail=1
printf '%s\n' \
  "fifocat: cannot write to 'f': no process has it open for reading" > experr
compare experr err || fail=1

Exit $fail
