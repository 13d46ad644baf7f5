#!/bin/sh
# udscat --keep-open without COMMAND relays one client after another

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
udscat -lk s < /dev/null > out & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
for i in 1 2 3; do
  echo "client $i" | timeout 10 udscat s || fail=1
  echo "client $i" >> exp
done
poll_until_ compare exp out > /dev/null 2>&1 || fail=1
compare exp out || fail=1
kill -TERM $pid
wait $pid; test $? = 143 || fail=1
test -e s && fail=1

Exit $fail
