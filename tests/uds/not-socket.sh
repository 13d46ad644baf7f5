#!/bin/sh
# udscat --listen refuses a regular file, a directory or a FIFO

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
echo precious > f || framework_failure_
cp f exp || framework_failure_
returns_ 1 udscat -l f 2> err < /dev/null || fail=1
grep 'exists and is not a socket' err || fail=1
compare exp f || fail=1

mkdir d || framework_failure_
returns_ 1 udscat -l d 2> err < /dev/null || fail=1
grep 'exists and is not a socket' err || fail=1
test -d d || fail=1

mkfifo p || framework_failure_
returns_ 1 udscat -l p 2> err < /dev/null || fail=1
test -p p || fail=1

# Connecting to a regular file is diagnosed as such.
returns_ 1 udscat f 2> err < /dev/null || fail=1
grep 'not a socket' err || fail=1
compare exp f || fail=1

Exit $fail
