#!/bin/sh
# udscat --allow-uid refuses a peer on an activated socket

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
require_socket_activate_
me=$(id -u)
other=$(expr $me + 1)
echo secret > secret
systemd-socket-activate -l "$PWD/s" \
  udscat -l --allow-uid=$other "$PWD/s" < secret > got 2> err & pid=$!
bg_ $pid
wait_socket_ s || framework_failure_
timeout 10 udscat s < /dev/null > out || fail=1
test -s out && fail=1
poll_until_ grep 'refused a connection' err || fail=1
grep "uid $me" err || fail=1
test -s got && fail=1
kill -0 $pid || fail=1

Exit $fail
