#!/bin/sh
# mqrecv --timeout exits 124 when no message arrives in time

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

fresh_key_

# timeout -s KILL: its status 137 cannot be mistaken for ours.
returns_ 124 timeout -s KILL $T mqrecv -k $key --timeout=0.2 > out || fail=1
compare /dev/null out || fail=1
returns_ 124 timeout -s KILL $T mqrecv -k $key --timeout=0 > out || fail=1
returns_ 124 timeout -s KILL $T mqrecv -k $key --timeout=0.005m || fail=1
returns_ 124 timeout -s KILL $T mqrecv -k $key --timeout=.1s || fail=1

# It does wait that long.
start=$(date +%s.%N)
returns_ 124 timeout -s KILL $T mqrecv -k $key --timeout=0.5 || fail=1
end=$(date +%s.%N)
awk -v s=$start -v e=$end 'BEGIN { exit !(e - s >= 0.5) }' \
  || { echo "waited only $start..$end"; fail=1; }

# With -c the messages received before the timeout are printed.
mqsend -k $key a b || fail=1
returns_ 124 timeout -s KILL $T mqrecv -k $key -c 3 --timeout=0.2 > out \
  || fail=1
printf 'a\nb\n' > exp || framework_failure_
compare exp out || fail=1

# Likewise with -f: the timeout bounds each wait.
mqsend -k $key c || fail=1
returns_ 124 timeout -s KILL $T mqrecv -k $key -f --timeout=0.2 > out \
  || fail=1
echo c > exp || framework_failure_
compare exp out || fail=1

# A message that arrives in time is received: mqrecv waits for it,
# blocked in msgrcv, within a timeout scaled for a slow checker.
timeout -s KILL $T mqrecv -k $key --timeout=$(slow_ 8) > out &
pid=$!; bg_ $pid
poll_until_ sleeping_ $pid || fail=1
mqsend -k $key late || fail=1
wait $pid || fail=1
echo late > exp || framework_failure_
compare exp out || fail=1

# POSIX queues too.
if posix_mq_; then
  fresh_name_
  returns_ 124 timeout -s KILL $T mqrecv -p $name --timeout=0.2 || fail=1
  returns_ 124 timeout -s KILL $T mqrecv -p $name --timeout=0 || fail=1
fi

Exit $fail
