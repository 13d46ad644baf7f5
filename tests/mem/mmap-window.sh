#!/bin/sh
# mmapcat -o and -l select a window; an empty file prints nothing

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

printf '0123456789' > f || framework_failure_

printf '345' > exp || framework_failure_
mmapcat -o 3 -l 3 f > out || fail=1
compare exp out || fail=1
printf '789' > exp || framework_failure_
mmapcat -o 7 f > out || fail=1
compare exp out || fail=1
mmapcat -o 10 f > out || fail=1
compare /dev/null out || fail=1

returns_ 1 mmapcat -o 11 f > out 2> err || fail=1
compare /dev/null out || fail=1
grep 'offset 11 is beyond the end' err || fail=1
returns_ 1 mmapcat -o 8 -l 3 f > out 2> err || fail=1
grep 'length 3 at offset 8' err || fail=1
grep '10 bytes' err || fail=1

# A window that crosses the boundary of mapping chunks (64 MiB): use a
# sparse file.
truncate -s 70M sparse || framework_failure_
printf 'XYZ' | mmapcat -w -o 67108863 sparse || fail=1
printf '\000XYZ\000' > exp || framework_failure_
mmapcat -o 67108862 -l 5 sparse > out || fail=1
compare exp out || fail=1

: > empty || framework_failure_
mmapcat empty > out || fail=1
compare /dev/null out || fail=1

# --length with --write: input that does not fit is not written.
returns_ 1 sh -c 'printf abcd | mmapcat -w -o 2 -l 3 f' 2> err || fail=1
grep 'input of size 4' err || fail=1
printf '0123456789' > exp || framework_failure_
compare exp f || fail=1

Exit $fail
