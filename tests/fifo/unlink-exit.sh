#!/bin/sh
# fifocat -u removes the FIFO when it has copied everything

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

echo data > exp || framework_failure_

timeout 10 fifocat -u f > out & pid=$!; bg_ $pid
poll_until_ test -p f || fail=1
timeout 10 sh -c 'cat exp > f' || fail=1
wait $pid || fail=1
compare exp out || fail=1
test -e f && fail=1

# And as a writer, a FIFO that existed before.
mkfifo g || framework_failure_
timeout 10 fifocat -u -w g < exp & pid=$!; bg_ $pid
timeout 10 cat g > out2 || fail=1
wait $pid || fail=1
compare exp out2 || fail=1
test -e g && fail=1

Exit $fail
