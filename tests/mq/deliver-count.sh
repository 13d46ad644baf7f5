#!/bin/sh
# mqrecv -c N | head -n 1: the messages not read stay queued

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
printf '%s\n' b c d e > exp-left || framework_failure_
set -- $queues
while test $# -gt 0; do
  q="$1 $2"; shift 2
  mqsend $q a b c d e || fail=1
  timeout 10 mqrecv $q -c 3 | head -n 1 > out || fail=1
  echo a | compare - out || fail=1
  left_ $q > left
  compare exp-left left || fail=1
  # A single message that nobody reads is put back too.
  mqsend $q a || fail=1
  timeout 10 mqrecv $q | true
  left_ $q > left
  echo a | compare - left || fail=1
done

Exit $fail
