#!/bin/sh
# SIGTERM while messages flow through mqrecv -f: it dies, and every message is delivered or queued, once

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
n=3000
seq $n > all || framework_failure_
tries=$(scaled_ 20)

# slow_reader_: copy lines one at a time, as a shell loop does.
slow_reader_ () { while read -r l; do echo "$l"; done; }
set -- $queues
while test $# -gt 0; do
  q="$1 $2"; shift 2
  i=0
  while test $i -lt $tries; do
    i=$((i + 1))
    rm -f out1 out2
    timeout 60 mqsend $q < all & sender=$!; bg_ $sender
    mqrecv $q -f > p & recv=$!
    : > out1
    slow_reader_ < p >> out1 & reader=$!
    poll_until_ lines_at_least_ $((i * 7)) out1 || fail=1
    kill -TERM $recv
    # It dies of the signal (the reader then sees the end of its input).
    returns_ 143 wait $recv || { echo "try $i: status"; fail=1; }
    wait $reader
    # The rest: drain until the sender is done and the queue is empty.
    timeout 60 mqrecv $q -f > out2 & drain=$!; bg_ $drain
    wait $sender || fail=1
    done_ () { test "$(($(wc -l < out1) + $(wc -l < out2)))" -ge $n; }
    poll_until_ done_ || { echo "try $i: only $(cat out1 out2 | wc -l)"; fail=1; }
    kill $drain; wait $drain
    cat out1 out2 | sort -n > got
    compare all got > /dev/null \
      || { echo "try $i: lost or duplicated: $(cat out1 out2 | wc -l)"; fail=1; }
  done
done

Exit $fail
