#!/bin/sh
# fifocat -w --timeout exits 124 when no reader opens the FIFO in time

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

mkfifo f || framework_failure_

echo data | returns_ 124 timeout 10 fifocat -w --timeout=0.2 f 2> err \
  || fail=1
printf '%s\n' \
  "fifocat: timed out after 0.2s waiting for a reader to open 'f'" > experr
compare experr err || fail=1

Exit $fail
