#!/bin/sh
# a message the reader left unread goes back even when a blocked sender keeps the queue full: mqrecv waits for room

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

# msg_ I: message I, of 1005 bytes, so that a System V queue holds few.
msg_ () { printf '%04d%01000d' $1 0; }

set -- $queues
while test $# -gt 0; do
  q="$1 $2"; shift 2
  rm -f first ready rest err all
  # Fill the queue.
  n=0
  while msg_ $n > m && mqsend $q --timeout=0 --whole < m 2> /dev/null; do
    cat m && echo; n=$((n + 1))
  done > all
  test $n -ge 3 || framework_failure_
  timeout 60 mqrecv $q -f > p 2> err & recv=$!; bg_ $recv
  ( read -r x && echo "$x" > first && : > ready && exec sleep 30 ) < p &
  reader=$!; bg_ $reader
  poll_until_ test -e ready || fail=1
  # mqrecv hands the second message over; another sender fills the
  # queue again; then the reader dies without reading the message.
  poll_until_ sleeping_ $recv || fail=1
  m0=$n
  while msg_ $n > m && mqsend $q --timeout=0 --whole < m 2> /dev/null; do
    cat m && echo; n=$((n + 1))
  done >> all
  test $n -ge $((m0 + 2)) || { echo "$q: the queue had no room"; fail=1; }
  kill -KILL $reader
  poll_until_ grep 'waiting for room' err || { cat err; fail=1; }
  # Another receiver makes room: the message goes back, nothing is lost.
  # The first receiver may put it back after the second stopped
  # waiting (a loaded machine): take what is left once it has ended.
  returns_ 124 timeout 60 mqrecv $q -f --timeout=1 > rest || fail=1
  returns_ 1 wait $recv || fail=1
  returns_ 124 mqrecv $q -f --timeout=0 >> rest || fail=1
  cat first rest | sort > got
  sort all > exp
  compare exp got || { echo "$q: lost or duplicated"; fail=1; }
done

Exit $fail
