#!/bin/sh
# fifocat -k reads across successive writers, without ending between them

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

fifocat -k f > out & pid=$!; bg_ $pid
for i in 1 2 3 4 5; do
  timeout 10 sh -c "echo writer $i > f" || fail=1
  echo writer $i >> exp
  # Each writer has closed the FIFO: without -k the reader would end.
  poll_until_ lines_at_least_ $i out || fail=1
done
kill -0 $pid || fail=1
compare exp out || fail=1

# It reads until interrupted, and then dies of the signal.
kill -TERM $pid
poll_until_ gone_ $pid || fail=1
wait $pid; test $? = 143 || fail=1

Exit $fail
