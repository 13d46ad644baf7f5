#!/bin/sh
# udscat --max-clients defers new connections until a COMMAND ends

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
print_ver_ udscat
udscat -lk --max-clients=1 s sh -c 'echo started >> log; cat' \
  > /dev/null & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_

mkfifo hold || framework_failure_
udscat s < hold > /dev/null & held=$!; bg_ $held
exec 3> hold
poll_until_ grep -q started log || fail=1

# A second client connects (the kernel queues it) but is not served
# while the first one holds the only place.
echo second > exp
(exec udscat -v s < exp > out 2> err 3>&-) & second=$!; bg_ $second
poll_until_ grep -q 'connected to' err || fail=1
# Not served: it waits (blocked), and stays so.  Nothing can be polled
# for here (an absence), so look several times with a pause between.
for i in 1 2 3 4 5; do
  poll_until_ sleeping_ $second || fail=1
  test "$(grep -c started log)" = 1 || { echo "second client served"; fail=1; }
  retry_delay_ 0.1
done

exec 3>&-
poll_until_ gone_ $held || fail=1
poll_until_ gone_ $second || fail=1
wait $second || fail=1
compare exp out || fail=1
test "$(grep -c started log)" = 2 || fail=1

Exit $fail
