#!/bin/sh
# the Unix socket ping-pong of the manual runs 100 rounds

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
# pingpong-python.sh runs this test with peer=py: the manual's Python
# server then answers the same shell client.
pong_server_ uds.texi uds-pong || framework_failure_
extract_example_ uds.texi uds-ping.sh || framework_failure_
server=
cleanup_ ()
{
  test -n "$server" && kill "$server" 2>/dev/null
  rm -f s
}

timeout 120 "$run_peer" uds-pong.$peer s & server=$!
poll_until_ test -S s || fail=1
test "$(stat -c %a s)" = 600 || fail=1
# 100 rounds, fewer under a slow checker (scaled_ in init.cfg).
n=$(scaled_ 100)
timeout 120 sh uds-ping.sh $n s > out || fail=1
seq $n | sed 's/^/pong /' > exp
compare exp out || fail=1

# TERM ends the server, which removes its socket file.
kill "$server" || fail=1
wait "$server"
poll_until_ test ! -e s || fail=1

Exit $fail
