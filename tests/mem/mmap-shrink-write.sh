#!/bin/sh
# mmapcat -w reports a file truncated while it writes it (SIGBUS)

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

# mmapcat has copied "aaaa" into the mapping of the 1 MiB file when it
# is truncated; copying the next bytes then touches a page past the end
# of the file, which raises SIGBUS.
truncate -s 1M f || framework_failure_
first_written_ () { test "$(head -c 4 f)" = aaaa; }
{ printf aaaa; poll_until_ first_written_ && truncate -s 0 f; printf bbbb; } \
  | { mmapcat -w f; echo $? > status; } 2> err
test "$(cat status)" = 1 || fail=1
grep "'f': file shrank while being written" err || { cat err; fail=1; }

Exit $fail
