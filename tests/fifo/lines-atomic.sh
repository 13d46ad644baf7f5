#!/bin/sh
# fifocat -w -l: lines of 8 concurrent writers never mix in a fifocat -k reader

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

# Lines of 20 to 319 bytes, so that 4096-byte blocks end inside lines.
for w in 1 2 3 4 5 6 7 8; do
  awk -v w=$w 'BEGIN {
    for (n = 1; n <= 2000; n++) {
      s = sprintf ("writer %d line %d ", w, n)
      l = 20 + (n * 37 + w * 11) % 300
      while (length (s) < l) s = s "x"
      print s
    }
  }' > in$w || framework_failure_
done
cat in1 in2 in3 in4 in5 in6 in7 in8 | LC_ALL=C sort > exp || framework_failure_

fifocat -k f > out & pid=$!; bg_ $pid
writers=
for w in 1 2 3 4 5 6 7 8; do
  timeout 15 fifocat -w -l f < in$w & writers="$writers $!"
done
bg_ $writers
for p in $writers; do
  wait $p || fail=1
done
poll_until_ lines_at_least_ 16000 out || fail=1
kill -TERM $pid

# Every output line is one whole input line, and none is missing.
LC_ALL=C sort out > got || framework_failure_
compare exp got || fail=1

Exit $fail
