#!/bin/sh
# fifocat copies 256 MiB of random data exactly, in both directions

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
head -c 256M /dev/urandom > in || framework_failure_

# fifocat -w from a file, fifocat reading into a pipe.
timeout 20 fifocat -w f < in & pid=$!; bg_ $pid
{ timeout 20 fifocat f; echo $? > status; } | cmp - in || fail=1
wait $pid || fail=1
test "$(cat status)" = 0 || fail=1

Exit $fail
