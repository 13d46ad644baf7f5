#!/bin/sh
# the shared memory ping-pong of the manual runs 100 rounds

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
print_ver_ shmcat sigsend sigwait
require_sysv_shm_
# pingpong-python.sh runs this test with peer=py: the manual's Python
# server then answers the same shell client.
pong_server_ memory.texi shm-pong require_python_sysv_ipc_ || framework_failure_
extract_example_ memory.texi shm-ping.sh || framework_failure_
key=$(new_key_) || framework_failure_
server=
cleanup_ ()
{
  test -n "$server" && kill "$server" 2>/dev/null
  remove_shm_ "$key"
}

timeout 120 "$run_peer" shm-pong.$peer "$key" p.pid & server=$!
poll_until_ test -s p.pid || fail=1
test "$(shm_field_ "$key" 4)" = 600 || fail=1
# 100 rounds, fewer under a slow checker (scaled_ in init.cfg).
n=$(scaled_ 100)
timeout 120 sh shm-ping.sh $n "$key" p.pid > out || fail=1
seq $n | awk '{ printf "pong %05d\n", $1 }' > exp
compare exp out || fail=1

# TERM to its sigwait ends the server, which removes the segment.
sigsend --pidfile=p.pid || fail=1
wait "$server" || fail=1
shm_exists_ "$key" && fail=1
test ! -e p.pid || fail=1

Exit $fail
