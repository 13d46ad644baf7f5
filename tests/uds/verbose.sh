#!/bin/sh
# udscat -v reports connections with the peer's pid, uid and gid

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

udscat -v -l s < /dev/null > /dev/null 2> err & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
(exec udscat -v s < /dev/null > /dev/null 2> cerr) & cpid=$!; bg_ $cpid
poll_until_ gone_ $cpid || fail=1
wait $cpid || fail=1
wait $pid || fail=1

grep "listening on 's'" err || fail=1
grep "connected to 's'" cerr || fail=1
# As much of the peer as this system tells (tests/uds/peer-unknown.sh).
if config_has_ HAVE_DECL_SO_PEERCRED; then
  grep "connection: pid $cpid, uid $(id -u), gid $(id -g)\$" err || fail=1
  grep "server: pid $pid, uid $(id -u), gid $(id -g)\$" cerr || fail=1
elif config_has_ HAVE_GETPEEREID; then
  grep "connection: uid $(id -u), gid $(id -g)\$" err || fail=1
  grep "server: uid $(id -u), gid $(id -g)\$" cerr || fail=1
else
  grep "connection: credentials unknown\$" err || fail=1
  grep "server: credentials unknown\$" cerr || fail=1
fi

Exit $fail
