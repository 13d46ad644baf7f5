#!/bin/sh
# shmcat rejects bad sizes, bad objects and conflicting options

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
print_ver_ shmcat

returns_ 1 shmcat 2> err || fail=1
grep 'no object given' err || fail=1
returns_ 1 shmcat -k 1234 -p name 2> err || fail=1
grep 'only one of' err || fail=1
returns_ 1 shmcat -k 1234 -o 1X 2> err || fail=1
grep 'invalid offset' err || fail=1
returns_ 1 shmcat -k 1234 -l -1 2> err || fail=1
grep 'length' err || fail=1
returns_ 1 shmcat -w -k 1234 -s '' 2> err || fail=1
grep 'invalid size' err || fail=1
returns_ 1 shmcat -p a/b 2> err || fail=1
returns_ 1 shmcat -k 1234 extra 2> err || fail=1
grep 'extra operand' err || fail=1

Exit $fail
