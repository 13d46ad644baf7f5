#!/bin/sh
# sigwait SIG -- COMMAND: 100 race-free request and answer rounds

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
print_ver_ sigsend sigwait

# The client, in a session of its own, ignores USR2; the server answers
# each USR1 with USR2 to the client's process group.  sigwait blocks
# USR2 before its COMMAND sends the request, so no answer comes early.
# 100 rounds, fewer under a slow checker (scaled_ in init.cfg).
n=$(scaled_ 100)
setsid sh -c 'trap "" USR2
  ps -o pgid= -p $$ | tr -d " " > client.pgid
  server=$(cat server.pid 2>/dev/null)
  n=0
  until test -n "$server"; do
    n=$(($n + 1)); test $n -le '$(expr 200 \* ${IPCUTILS_SLOWDOWN:-1})' || exit 1
    sleep 0.05; server=$(cat server.pid 2>/dev/null)
  done
  i=0
  while test $i -lt '$n'; do
    sigwait --timeout='$(slow_ 10)' USR2 -- sigsend -s USR1 "$server" || exit
    i=$(($i + 1))
  done > client.out
  echo $? > client.status' &
bg_ $!
poll_until_ test -s client.pgid || fail=1
pgid=$(cat client.pgid)
test -n "$pgid" && bg_group_ "$pgid"
test "$pgid" != "$(pgid_ $$)" || framework_failure_

sigwait -f --pidfile=server.pid.t USR1 | while read -r sig; do
  sigsend -s USR2 -- -"$pgid" || break
done &
bg_ $!
poll_until_ test -s server.pid.t || fail=1
server=$(cat server.pid.t)
bg_ "$server"
mv server.pid.t server.pid || framework_failure_

# Bounded: 20 s (poll_until_ allows 10 s, twice).
poll_until_ test -s client.status || poll_until_ test -s client.status \
  || fail=1
test "$(cat client.status)" = 0 || fail=1
test "$(grep -c -x USR2 client.out)" = $n || fail=1
test "$(wc -l < client.out)" = $n || fail=1

Exit $fail
