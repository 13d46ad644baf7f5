#!/bin/sh
# fifocat removes the FIFO it created when it gives up (timeout, nobody there, signal) before anyone opened the other end

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

returns_ 124 timeout 10 fifocat --timeout=0 f > out 2> err || fail=1
test -e f && { echo "reader --timeout=0 left its FIFO"; fail=1; }
echo x | returns_ 124 timeout 10 fifocat -w --timeout=0 f 2> err || fail=1
test -e f && { echo "writer --timeout=0 left its FIFO"; fail=1; }
returns_ 124 timeout 10 fifocat --timeout=0.1 f > out 2> err || fail=1
test -e f && { echo "reader --timeout left its FIFO"; fail=1; }

# A signal ending the wait, without -u.
fifocat g > out & pid=$!; bg_ $pid
poll_until_ test -p g || fail=1
poll_until_ sleeping_ $pid || fail=1
kill -TERM $pid || fail=1
poll_until_ gone_ $pid || fail=1
wait $pid; test $? = 143 || fail=1
test -e g && { echo "a FIFO that nobody used was left after SIGTERM"; fail=1; }

# A FIFO that was used stays (without -u).
fifocat h > out & pid=$!; bg_ $pid
poll_until_ test -p h || fail=1
echo data | timeout 10 fifocat -w h || fail=1
wait $pid || fail=1
test -p h || { echo "a used FIFO was removed"; fail=1; }

# A FIFO that existed stays.
mkfifo k || framework_failure_
returns_ 124 timeout 10 fifocat --timeout=0 k > out 2> err || fail=1
test -p k || fail=1

Exit $fail
