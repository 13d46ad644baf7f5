#!/bin/sh
# fifocat refuses a device, reading or writing, before reading or writing a byte

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

echo data > in || framework_failure_
returns_ 1 timeout 10 fifocat /dev/zero > out 2> err || fail=1
compare /dev/null out || fail=1
echo "fifocat: '/dev/zero' is not a FIFO: it is a character special file" > exp
compare exp err || fail=1
# Not even through a link of our own.
ln -s /dev/null link || framework_failure_
returns_ 1 timeout 10 fifocat -w link < in 2> err || fail=1
echo "fifocat: 'link' is not a FIFO: it is a character special file" > exp
compare exp err || fail=1
test -c /dev/null || fail=1

Exit $fail
