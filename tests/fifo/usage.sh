#!/bin/sh
# fifocat rejects bad operands and option combinations

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

returns_ 1 fifocat 2> err || fail=1
grep 'missing operand' err || fail=1
returns_ 1 fifocat a b 2> err || fail=1
grep "extra operand 'b'" err || fail=1
returns_ 1 fifocat -w -k f 2> err || fail=1
grep -- '--keep-open applies only when reading' err || fail=1
returns_ 1 fifocat -l f 2> err || fail=1
grep -- '--lines applies only when writing' err || fail=1
returns_ 1 fifocat --timeout=x f 2> err || fail=1
returns_ 1 fifocat --mode=999 f 2> err || fail=1
returns_ 1 fifocat --exclusive --no-create f 2> err || fail=1
# None of them created anything.
test -e f && fail=1
test -e a && fail=1

Exit $fail
