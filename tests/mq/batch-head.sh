#!/bin/sh
# mqrecv --batch | head -n 1: what the pipe accepted is the reader's and is lost, as documented; what could not be written goes back

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

mq_queues_
set -- $queues
while test $# -gt 0; do
  q="$1 $2"; shift 2
  rm -f status headdone err
  mqsend $q a b c d e || fail=1
  # The five waiting messages go into the pipe in one write; head
  # reads the first and exits, and the other four are gone with the
  # pipe: the window that --batch accepts.
  (timeout 10 mqrecv $q -f --batch 2> err; echo $? > status) \
    | { head -n 1 > out; exec 0<&-; : > headdone; } &
  pid=$!; bg_ $pid
  poll_until_ test -e headdone || fail=1
  echo a | compare - out || fail=1
  # A message that comes once nobody reads cannot be written: it is
  # put back, and mqrecv ends with status 1 and no diagnostic.
  mqsend $q f || fail=1
  wait $pid
  echo 1 | compare - status || fail=1
  compare /dev/null err || fail=1
  left_ $q > left
  echo f | compare - left || { echo "$q: not the documented loss"; fail=1; }
done

Exit $fail
