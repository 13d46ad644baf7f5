#!/bin/sh
# udscat --allow-gid serves peers of a listed group only

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
require_peer_credentials_
gid=$(id -g)
other=$(expr $gid + 1)

udscat -l --allow-gid=$other s < /dev/null > got 2> err & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
timeout 10 udscat s < /dev/null > out || fail=1
poll_until_ grep 'refused a connection' err || fail=1
grep "gid $gid" err || fail=1
test -s got && fail=1
kill $pid; wait $pid

udscat -l --allow-gid=$other,$gid s < /dev/null > got & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
echo hello | timeout 10 udscat s || fail=1
wait $pid || fail=1
echo hello > exp
compare exp got || fail=1

Exit $fail
