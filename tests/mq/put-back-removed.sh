#!/bin/sh
# a message that cannot go back because its queue was removed is reported lost, with status 1 (COMMAND and hand-over, System V and POSIX)

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

# The hand-over part waits until mqrecv has taken the last message off
# the queue, which for a POSIX queue /dev/mqueue shows.
mq_listing_ > /dev/null || true
mq_queues_
mkfifo p || framework_failure_

# empty_ OPTION QUEUE: whether QUEUE holds no message.
empty_ ()
{
  case $1 in
    -k) test "$(msq_qnum_ $2)" = 0 ;;
    -p) grep 'QSIZE:0 ' /dev/mqueue$2 > /dev/null ;;
  esac
}

set -- $queues
while test $# -gt 0; do
  opt=$1 q="$1 $2"; shift 2

  # A COMMAND that removes the queue, then fails: its message has
  # nowhere to go.  (A removed POSIX queue takes the message, but
  # nobody can ever receive it.)
  mqsend $q hello || fail=1
  returns_ 1 timeout 10 mqrecv $q \
    -- sh -c 'mqrecv $MQRECV_QUEUE --remove --no-create --timeout=0; exit 1' \
    2> err || fail=1
  grep 'a message of 5 bytes is lost' err || { cat err; fail=1; }
  mqsend $q --no-create x 2> /dev/null && { echo "$q: still there"; fail=1; }

  # The hand-over: the reader takes "a"; mqrecv hands "b" over; the
  # queue is removed, and the reader killed with "b" unread.
  test $opt = -p && ! mq_listed_ && continue
  mqsend $q a b || fail=1
  rm -f got ready
  timeout 20 mqrecv $q -f > p 2> err & recv=$!; bg_ $recv
  ( read -r x && echo "$x" > got && : > ready && exec sleep 30 ) < p &
  reader=$!; bg_ $reader
  poll_until_ test -e ready || fail=1
  poll_until_ empty_ $q || fail=1
  returns_ 124 mqrecv $q --remove --no-create --timeout=0 || fail=1
  kill -KILL $reader
  wait $reader
  returns_ 1 wait $recv || fail=1
  echo a | compare - got || fail=1
  grep 'a message of 1 byte is lost' err || { cat err; fail=1; }
done

Exit $fail
