#!/bin/sh
# fifocat refuses a regular file, reading or writing, and leaves it intact

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

printf 'precious\n' > f || framework_failure_
cp f exp || framework_failure_
printf 'junk\n' > in || framework_failure_

returns_ 1 timeout 10 fifocat -w f < in 2> err || fail=1
printf '%s\n' "fifocat: 'f' is not a FIFO: it is a regular file" > experr
compare experr err || fail=1
compare exp f || fail=1

returns_ 1 timeout 10 fifocat f > out 2> err || fail=1
compare experr err || fail=1
compare /dev/null out || fail=1

returns_ 1 timeout 10 fifocat -u --exclusive f < in 2> err || fail=1
compare exp f || fail=1

Exit $fail
