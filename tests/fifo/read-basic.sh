#!/bin/sh
# fifocat reads a FIFO written by a shell redirection, until it is closed

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
printf 'hello\nworld\n' > exp || framework_failure_

timeout 10 fifocat f > out & pid=$!; bg_ $pid
timeout 10 sh -c 'cat exp > f' || fail=1
wait $pid || fail=1
compare exp out || fail=1

Exit $fail
