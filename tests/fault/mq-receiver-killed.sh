#!/bin/sh
# a receiver killed with SIGKILL mid-stream: what it had not received stays queued, once


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

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ mqsend mqrecv
require_sysv_ipc_

fresh_key_
# Enough that the sender still has messages to send when the receiver
# is stopped by a full pipe: 1,000 read, 64 KiB in the pipe, a batch,
# and 16 KiB in the queue.
n=30000
seq $n > in || framework_failure_
mkfifo p || framework_failure_

# The receiver writes into a FIFO whose reader reads 1,000 lines, then
# stops reading (the receiver blocks in write, mid-stream) until told
# to go on.
{ i=0
  while test $i -lt 1000 && read -r line; do echo "$line"; i=$((i + 1)); done
  : > paused
  poll_until_ test -e go
  cat
} < p > out1 &
consumer=$!; bg_ $consumer
mqrecv -k $key -f > p &
receiver=$!; bg_ $receiver
timeout $(st_timeout_) mqsend -k $key < in 2> serr &
sender=$!; bg_ $sender

poll_until_ test -e paused || fail=1
# The receiver waits for the consumer to read the message it handed
# over (or, before that, in the write).
poll_until_ sleeping_ $receiver || fail=1
kill -KILL $receiver
wait $receiver
: > go
wait $consumer
# The queue is still there, and the sender goes on once someone reads.
msq_exists_ $key || { echo "queue gone"; fail=1; }
timeout $T mqrecv -k $key -f > out2 &
receiver=$!; bg_ $receiver
st_wait_ sender $sender
empty_ () { test "$(msq_qnum_ $key)" = 0; }
poll_until_ empty_ || fail=1
kill $receiver; wait $receiver

# A line cut by the kill (no newline at the end) is not a message.
if test "$(tail -c 1 out1 | wc -l)" = 1; then
  cp out1 a
else
  sed '$d' out1 > a
fi || framework_failure_
test $(wc -l < a) -ge 1000 || { echo "first receiver: too few"; fail=1; }
test -s out2 || { echo "second receiver: none"; fail=1; }
cat a out2 > got || framework_failure_
st_no_dups_ got
# In order, and nothing that was not sent.
sort -n got | cmp -s - got || { echo "out of order"; fail=1; }
# The killed receiver may lose what it had received but not yet
# written (one batch at most, 1024 messages); every message after the
# last one it wrote is in out2, in a row.
last=$(tail -n 1 a); first2=$(head -n 1 out2)
lost=$(expr ${first2:-$n} - ${last:-0} - 1)
echo "lost in the killed receiver: $lost"
# The message in the pipe was still delivered: nothing is lost.
test $lost = 0 || fail=1
seq ${first2:-1} $n > exp2 || framework_failure_
compare exp2 out2 > /dev/null || { echo "second receiver: gaps"; fail=1; }

Exit $fail
