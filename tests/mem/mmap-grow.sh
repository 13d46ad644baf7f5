#!/bin/sh
# mmapcat -w grows a file as needed, to the exact size, never shrinking it

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
print_ver_ mmapcat

# A new file, from a pipe: exactly the input, though it grows in chunks.
seq 100000 > exp || framework_failure_
seq 100000 | mmapcat -w f || fail=1
compare exp f || fail=1

# Past the end: the gap reads as zeros.
printf 'ab' > g || framework_failure_
printf 'cd' | mmapcat -w -o 5 g || fail=1
printf 'ab\000\000\000cd' > exp || framework_failure_
compare exp g || fail=1

# Overlapping the end, from a regular file.
printf 'WXYZ' > in || framework_failure_
mmapcat -w -o 5 g < in || fail=1
printf 'ab\000\000\000WXYZ' > exp || framework_failure_
compare exp g || fail=1

# What lies past the copied data is kept: no truncation.
mmapcat -w -o 1 g < /dev/null || fail=1
printf 'Q' | mmapcat -w g || fail=1
printf 'Qb\000\000\000WXYZ' > exp || framework_failure_
compare exp g || fail=1

# The new blocks are allocated, not left as a hole, where the file
# system can (it may not: then the file is merely sparse).
head -c 1M /dev/zero | mmapcat -w h || fail=1
test "$(stat -c %s h)" = 1048576 || fail=1
if fallocate -l 1M probe 2>/dev/null; then
  test "$(stat -c '%b * %B' h | bc)" -ge 1048576 || fail=1
fi

Exit $fail
