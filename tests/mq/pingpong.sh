#!/bin/sh
# the message queue ping-pong of the manual runs 100 rounds

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
print_ver_ mqsend mqrecv
require_sysv_ipc_
# pingpong-python.sh runs this test with peer=py: the manual's Python
# server then answers the same shell client.
pong_server_ mq.texi mq-pong require_python_sysv_ipc_ || framework_failure_
extract_example_ mq.texi mq-ping.sh || framework_failure_
key=$(new_key_) || framework_failure_
server=
cleanup_ ()
{
  test -n "$server" && kill "$server" 2>/dev/null
  remove_msq_ "$key"
}

timeout 120 "$run_peer" mq-pong.$peer "$key" & server=$!
# 100 rounds, fewer under a slow checker (scaled_ in init.cfg).
n=$(scaled_ 100)
timeout 120 sh mq-ping.sh $n "$key" > out || fail=1
seq $n | sed 's/^/pong /' > exp
compare exp out || fail=1

# "quit" ends the server, which removes the queue.
wait "$server" || fail=1
test -z "$(msq_id_ "$key")" || fail=1

Exit $fail
