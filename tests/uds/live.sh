#!/bin/sh
# udscat --listen refuses a socket in use and leaves it alone

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
print_ver_ udscat
udscat -l s > out1 & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
ls -i s > inode-before || framework_failure_

returns_ 1 udscat -l s 2> err < /dev/null || fail=1
grep 'in use by a running server' err || fail=1
ls -i s > inode-after || fail=1
compare inode-before inode-after || fail=1

# The first server still works.
echo data > exp
echo data | timeout 10 udscat s || fail=1
wait $pid || fail=1
compare exp out1 || fail=1

Exit $fail
