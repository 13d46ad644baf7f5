#!/bin/sh
# a reader killed with SIGKILL loses at most the message it had read; mqrecv puts back the next

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
mkfifo p || framework_failure_
printf '%s\n' b c d e > exp-left || framework_failure_
set -- $queues
while test $# -gt 0; do
  q="$1 $2"; shift 2
  mqsend $q a b c d e || fail=1
  rm -f got ready
  timeout 20 mqrecv $q -f > p & recv=$!; bg_ $recv
  ( read -r x && echo "$x" > got && : > ready && exec sleep 30 ) < p &
  reader=$!; bg_ $reader
  poll_until_ test -e ready || fail=1
  kill -KILL $reader
  wait $reader
  returns_ 1 wait $recv || fail=1
  echo a | compare - got || fail=1
  left_ $q > left
  compare exp-left left || fail=1
done

Exit $fail
