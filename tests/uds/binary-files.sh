#!/bin/sh
# udscat copies binary data exactly from and to regular files

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
# Files are not pipes: the read/write path.
head -c 8M /dev/urandom > in || framework_failure_
udscat -l s < in > got-server & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
timeout 30 udscat s < in > got-client || fail=1
wait $pid || fail=1
cmp in got-server || fail=1
cmp in got-client || fail=1

Exit $fail
