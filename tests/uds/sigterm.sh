#!/bin/sh
# SIGTERM makes udscat remove the socket file it created

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

for args in "-l" "-lk" "-l -d" "-l -s"; do
  rm -f s
  # shellcheck disable=SC2086
  udscat $args s < /dev/null > /dev/null & pid=$!; bg_ $pid
  wait_socket_ s || fail=1
  kill -TERM $pid || fail=1
  wait $pid; test $? = 143 || { echo "$args: status $?"; fail=1; }
  test -e s && { echo "$args: s remains"; fail=1; }
done

# Also a server running COMMANDs, and one relaying a connection.
udscat -lk s cat & pid=$!; bg_ $pid
wait_socket_ s || fail=1
kill -TERM $pid || fail=1
wait $pid; test $? = 143 || fail=1
test -e s && fail=1

mkfifo hold || framework_failure_
udscat -lk s < /dev/null > out & pid=$!; bg_ $pid
wait_socket_ s || fail=1
udscat s < hold > /dev/null & cpid=$!; bg_ $cpid
exec 3> hold
echo data >&3
poll_until_ grep -q data out || fail=1
kill -TERM $pid || fail=1
wait $pid; test $? = 143 || fail=1
test -e s && fail=1
exec 3>&-

# Never a file that replaced ours.
udscat -l s < /dev/null & pid=$!; bg_ $pid
wait_socket_ s || fail=1
rm s && echo mine > s
kill -TERM $pid
wait $pid
echo mine > exp
compare exp s || fail=1

Exit $fail
