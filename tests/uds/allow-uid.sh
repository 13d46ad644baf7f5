#!/bin/sh
# udscat --allow-uid refuses other users before relaying anything

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
me=$(id -u)
other=$(expr $me + 1)

# A refused client is disconnected at once, with nothing relayed, and
# the refusal is logged; the server goes on waiting.
echo secret > secret
udscat -l --allow-uid=$other s < secret > got 2> err & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
timeout 10 udscat s < /dev/null > out || fail=1
test -s out && fail=1
poll_until_ grep 'refused a connection' err || fail=1
grep "uid $me" err || fail=1
test -s got && fail=1
kill -0 $pid || fail=1
kill $pid; wait $pid

# A listed user, by number or by name, is served.
name=$(id -un) || framework_failure_
for list in "$other,$me" "$name"; do
  udscat -l --allow-uid="$list" s < secret > got & pid=$!; bg_ $pid
  wait_socket_ s || framework_failure_
  echo hello | timeout 10 udscat s > out || fail=1
  wait $pid || fail=1
  compare secret out || fail=1
  echo hello > exp
  compare exp got || fail=1
done

# With a COMMAND too: it does not run for a refused peer.
udscat -lk --allow-uid=$other s sh -c 'echo ran > ran' 2> err & pid=$!
bg_ $pid
wait_socket_ s || framework_failure_
timeout 10 udscat s < /dev/null > out || fail=1
poll_until_ grep 'refused a connection' err || fail=1
test -e ran && fail=1

returns_ 1 udscat -l --allow-uid=no-such-user-x s 2>/dev/null || fail=1

Exit $fail
