#!/bin/sh
# mmapcat reports a file truncated while it reads it, and does not crash

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

# mmapcat writes a 64 MiB file to a pipe, which holds at most 1 MiB: it
# is blocked while the reader, after the first 4 KiB, truncates the
# file.  Its later pages are then gone, which is a SIGBUS for a program
# touching them and EFAULT for vmsplice or write.
truncate -s 64M f || framework_failure_
{ mmapcat f; echo $? > status; } 2> err \
  | { head -c 4096 > /dev/null; truncate -s 0 f; cat > /dev/null; }
test "$(cat status)" = 1 || fail=1
grep "'f': file shrank while being read" err || { cat err; fail=1; }

Exit $fail
