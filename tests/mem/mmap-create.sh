#!/bin/sh
# mmapcat -w creates FILE with --mode; --no-create and --exclusive hold

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

printf new | mmapcat -w -m 0604 f || fail=1
printf new > exp || framework_failure_
compare exp f || fail=1
test "$(stat -c %a f)" = 604 || fail=1

returns_ 1 sh -c 'printf x | mmapcat -w --exclusive f' 2> err || fail=1
compare exp f || fail=1
printf x | mmapcat -w --no-create f || fail=1
printf xew > exp || framework_failure_
compare exp f || fail=1

Exit $fail
