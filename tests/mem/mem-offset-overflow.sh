#!/bin/sh
# mmapcat -w and shmcat -w diagnose an offset plus input length past the largest file offset, and create nothing

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
print_ver_ shmcat mmapcat
require_dev_shm_
fail=0

name=$(new_name_) || framework_failure_
cleanup_ () { remove_posix_shm_ "$name"; }

max=9223372036854775807
printf ab > in || framework_failure_

# From a pipe (length unknown until read) and from a regular file.
returns_ 1 sh -c "printf ab | mmapcat -w -o $max f" 2> err || fail=1
grep "offset $max plus input length 2 exceeds" err || { cat err; fail=1; }
test -e f && { echo "mmapcat left f"; fail=1; }
returns_ 1 mmapcat -w -o $max f < in 2> err || fail=1
grep "offset $max plus input length 2 exceeds" err || { cat err; fail=1; }
test -e f && { echo "mmapcat left f"; fail=1; }

# An existing file is left as it was.
printf keep > g || framework_failure_
returns_ 1 sh -c "printf ab | mmapcat -w -o $max g" 2> err || fail=1
grep "plus input length 2 exceeds" err || { cat err; fail=1; }
printf keep > exp || framework_failure_
compare exp g || fail=1

# One byte short of the limit: the file system refuses such a size.
returns_ 1 sh -c "printf ab | mmapcat -w -o 9223372036854775806 f" 2> err \
  || fail=1
test -e f && { echo "mmapcat left f"; fail=1; }

# shmcat.
returns_ 1 sh -c "printf ab | shmcat -w -p $name -o $max" 2> err || fail=1
grep "offset $max plus input length 2 exceeds" err || { cat err; fail=1; }
test -e /dev/shm$name && { echo "shmcat left $name"; fail=1; }

Exit $fail
