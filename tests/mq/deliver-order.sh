#!/bin/sh
# the message that head -n 1 left unread goes back at the end of the queue (System V) or of its priority (POSIX); the others keep their order

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
# mqrecv had handed "b" over when head exited without reading it: b
# went back behind the messages that were still queued.
printf '%s\n' c d e b > exp || framework_failure_
set -- $queues
while test $# -gt 0; do
  q="$1 $2"; shift 2
  mqsend $q a b c d e || fail=1
  timeout 10 mqrecv $q -f | head -n 1 > out || fail=1
  echo a | compare - out || fail=1
  # In the order the queue gives them, not sorted.
  timeout 10 mqrecv $q -f --timeout=0 > left
  compare exp left || { echo "$q: order"; fail=1; }
done

# POSIX: the message put back keeps its priority, so it is still
# taken before the messages of a lower priority.
posix_mq_ || Exit $fail
fresh_name_
mqsend -p $name -t 5 a b || fail=1
mqsend -p $name -t 1 c d || fail=1
timeout 10 mqrecv -p $name -f -T | head -n 1 > out || fail=1
printf '5\ta\n' | compare - out || fail=1
timeout 10 mqrecv -p $name -f -T --timeout=0 > left
printf '5\tb\n1\tc\n1\td\n' > exp || framework_failure_
compare exp left || fail=1

Exit $fail
