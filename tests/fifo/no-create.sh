#!/bin/sh
# fifocat --no-create fails on a missing FIFO and creates nothing

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

returns_ 1 timeout 10 fifocat --no-create f > out 2> err || fail=1
printf '%s\n' "fifocat: cannot open 'f': No such file or directory" > experr
compare experr err || fail=1
test -e f && fail=1
returns_ 1 timeout 10 fifocat -w --no-create f < /dev/null 2> err || fail=1
compare experr err || fail=1
test -e f && fail=1

Exit $fail
