#!/bin/sh
# udscat --keep-open with a COMMAND serves clients concurrently, reaping them

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
udscat -lk s sh -c 'echo "hello $UNIXREMOTEPID"; cat' > /dev/null & pid=$!
bg_ $pid
wait_socket_ s || framework_failure_

# A first client stays connected while its input is open.
mkfifo hold || framework_failure_
udscat s < hold > out-held & held=$!; bg_ $held
exec 3> hold
poll_until_ grep -q hello out-held || fail=1

# Others are served meanwhile.
for i in 1 2 3; do
  echo "client $i" > exp$i
  echo "client $i" | timeout 10 udscat s > out$i || fail=1
  sed 1d out$i > body$i
  compare exp$i body$i || fail=1
done

exec 3>&-
poll_until_ gone_ $held || fail=1
wait $held || fail=1

# Every COMMAND that ended has been reaped: no zombies.
poll_until_ no_zombies_of_ $pid || fail=1
kill -0 $pid || fail=1
test -S s || fail=1

Exit $fail
