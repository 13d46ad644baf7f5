#!/bin/sh
# 64 MiB of binary data go through mmapcat unchanged, both ways

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

head -c 64M /dev/urandom > in || framework_failure_

# Reading: to a pipe (vmsplice) and to a file (write).
mmapcat in | cat > out || fail=1
cmp in out || fail=1
mmapcat in > out || fail=1
cmp in out || fail=1

# Writing: from a regular file (known length) and from a pipe.
mmapcat -w f1 < in || fail=1
cmp in f1 || fail=1
cat in | mmapcat -w f2 || fail=1
cmp in f2 || fail=1

Exit $fail
