#!/bin/sh
# fifocat's first example in --help and in the manual, extracted and run as written: the reader's log gets what one writer wrote

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

cleanup_ () { test -n "$pid" && kill $pid 2>/dev/null; }

# From --help: the line after "Examples:", the text as the user reads it.
fifocat --help | sed -n '/^Examples:/{n;s/^  //;p;}' > help-ex || framework_failure_
grep 'log.fifo' help-ex || framework_failure_
# From the manual: the two lines after "# Copy what one writer writes".
sed -n '/^# Copy what one writer writes/{n;p;n;p;}' \
  "$abs_top_srcdir/doc/fifo.texi" > manual-ex || framework_failure_
test "$(wc -l < manual-ex)" = 2 || framework_failure_

# Each, in a fresh directory, 5 times: the FIFO must not be a regular
# file, and the log must hold what was written.
for ex in help-ex manual-ex; do
  for i in 1 2 3 4 5; do
    d=$ex.$i; mkdir $d || framework_failure_
    (cd $d && exec timeout 10 sh ../$ex) > /dev/null 2>&1 &
    pid=$!
    wait $pid || { echo "$ex failed"; fail=1; }
    pid=
    test -p $d/log.fifo || { echo "$ex: log.fifo is not a FIFO"; fail=1; }
    poll_until_ grep -q hello $d/log || { echo "$ex: no hello in log"; fail=1; }
  done
done

Exit $fail
