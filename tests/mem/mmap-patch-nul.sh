#!/bin/sh
# mmapcat -w -o patches NUL bytes in place, keeping size and the rest

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

printf 'AAAAAAAAAAAAAAAA' > f || framework_failure_
printf '\000\000B\000' | mmapcat -w -o 6 f || fail=1
printf 'AAAAAA\000\000B\000AAAAAA' > exp || framework_failure_
compare exp f || fail=1

# From a regular file too.
printf '\000' > nul || framework_failure_
mmapcat -w -o 0 f < nul || fail=1
printf '\000AAAAA\000\000B\000AAAAAA' > exp || framework_failure_
compare exp f || fail=1

Exit $fail
