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
. "$srcdir/tests/mq/helpers.sh"

mq_queues_
# Messages large enough that a System V queue holds only a few.
n=40
i=0
while test $i -lt $n; do
  i=$((i + 1)); printf '%04d%01000d\n' $i 0
done > all || framework_failure_
set -- $queues
while test $# -gt 0; do
  q="$1 $2"; shift 2
  timeout 60 mqsend $q < all & sender=$!; mq_bg_ $sender
  # The reader takes one message and leaves while the queue is full.
  timeout 60 mqrecv $q -f 2> err | head -n 1 > first & pipeline=$!
  poll_until_ grep 'waiting for room' err || { cat err; fail=1; }
  # Another receiver drains the queue: the sender finishes, and the
  # message the reader left goes back.
  timeout 60 mqrecv $q -f > rest & drain=$!; mq_bg_ $drain
  wait $sender || fail=1
  wait $pipeline
  got_all_ () { test "$(cat first rest | wc -l)" -ge $n; }
  poll_until_ got_all_ || fail=1
  kill $drain; wait $drain
  cat first rest | sort > got
  compare all got > /dev/null || { echo "$q: lost or duplicated"; fail=1; }
done

Exit $fail
