#!/bin/sh
# the FIFO ping-pong of the manual runs 100 rounds

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
# pingpong-python.sh runs this test with peer=py: the manual's Python
# server then answers the same shell client.
pong_server_ fifo.texi fifo-pong || framework_failure_
extract_example_ fifo.texi fifo-ping.sh || framework_failure_
mkdir d || framework_failure_
server=
cleanup_ ()
{
  test -n "$server" && kill "$server" 2>/dev/null
  rm -f d/ping d/pong
}

timeout 120 "$run_peer" fifo-pong.$peer d & server=$!
poll_until_ test -p d/pong || fail=1
# 100 rounds, fewer under a slow checker (scaled_ in init.cfg).
n=$(scaled_ 100)
timeout 120 sh fifo-ping.sh $n d > out || fail=1
seq $n | sed 's/^/pong /' > exp
compare exp out || fail=1

# "quit" ends the server, which removes its FIFOs.
wait "$server" || fail=1
test ! -e d/ping && test ! -e d/pong || fail=1

Exit $fail
