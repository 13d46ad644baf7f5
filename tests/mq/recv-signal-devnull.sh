#!/bin/sh
# SIGTERM while mqrecv -f writes a busy queue to /dev/null: it ends at once, and the queue keeps every message it did not take

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

# With /dev/null as output no write blocks, and on a queue that a
# sender keeps full no receive blocks either: no call ever fails with
# EINTR, so mqrecv must look for the signal between its calls.
mq_queues_
T=$(st_timeout_)
tries=$(scaled_ 20)

# wrote_ PID: PID (mqrecv) has written something.
wrote_ ()
{
  test "$(sed -n 's/^wchar: //p' /proc/$1/io 2>/dev/null)" -gt 0 2>/dev/null
}

# end_term_ PID WHAT: SIGTERM PID; it must die of it within 2 s.
end_term_ ()
{
  kill -s TERM $1 || { echo "$2: cannot signal"; fail=1; }
  poll_within_ 2 gone_ $1 \
    || { echo "$2: alive after SIGTERM (state $(state_ $1))"; fail=1; }
  kill -s KILL $1 2>/dev/null
  wait $1; st_=$?
  test $st_ = 143 || { echo "$2: status $st_ after SIGTERM, not 143"; fail=1; }
}

set -- $queues
while test $# -gt 0; do
  q="$1 $2"; shift 2
  i=0
  while test $i -lt $tries; do
    i=$((i + 1))
    # The sender keeps the queue full: it sends faster than the niced
    # receiver takes.
    seq inf 2>/dev/null | mqsend $q & sender=$!; bg_ $sender
    nice -n 10 mqrecv $q -f > /dev/null & recv=$!; bg_ $recv
    poll_until_ wrote_ $recv || fail=1
    end_term_ $recv "mqrecv $q, try $i"
    end_term_ $sender "mqsend $q, try $i"
    # What is left is a run k, k+1, ..., k > 1: mqrecv took messages
    # from the head of the queue only, and left the rest (a message it
    # took but had not written when the signal came may be put back,
    # at the tail: the kernel offers nothing else).
    timeout 10 mqrecv $q -f --timeout=0 | sort -n > left
    test -s left || { echo "$q try $i: the queue was empty"; fail=1; }
    awk 'NR == 1 && $0 <= 1 { print "first left: " $0; exit 1 }
         NR > 1 && $0 != prev + 1 { print "after " prev ": " $0; exit 1 }
         { prev = $0 }' left \
      || { echo "$q try $i: what is left is not the tail"; fail=1; }
    test "${fail-0}" = 0 || break
  done
done

Exit $fail
