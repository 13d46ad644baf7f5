#!/bin/sh
# mqrecv -j N runs N COMMANDs at once, and takes no message without a free slot

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
# The POSIX part counts the queued messages in /dev/mqueue.
mq_listing_ && listing=yes || listing=no

cleanup_ () { : > run/go 2>/dev/null; ipc_cleanup_; }

# Each COMMAND notes that it runs in run/, then waits (a bounded
# poll, of 20 s times $IPCUTILS_SLOWDOWN) until run/go exists, or with
# 4 in run/, until 4 run at once.
cat > job <<'EOS' || framework_failure_
read -r m
: > run/$m
n=0
until test -e run/go || test $(ls run | wc -l) -ge ${want:-99}; do
  n=$(expr $n + 1)
  test $n -le $(expr 400 \* ${IPCUTILS_SLOWDOWN:-1}) || exit 1
  sleep 0.05
done
echo "$m" >> done
EOS

running_ () { test $(ls run | wc -l) -ge $1; }

# run_ OPTION ARG QNUM: 4 messages, -j 4: all four run at once; then
# 6 messages, -j 2: two run, and four stay queued until one ends.
run_ ()
{
  rm -rf run done && mkdir run || framework_failure_
  mqsend $1 $2 a b c d || fail=1
  want=4 timeout 30 mqrecv $1 $2 -c 4 -j 4 -- sh job || fail=1
  sort done > out
  printf '%s\n' a b c d > exp || framework_failure_
  compare exp out || fail=1

  rm -rf run done && mkdir run || framework_failure_
  mqsend $1 $2 a b c d e f || fail=1
  timeout 30 mqrecv $1 $2 -c 6 -j 2 -- sh job & pid=$!; bg_ $pid
  poll_until_ running_ 2 || fail=1
  test "$($3)" = 4 || fail=1
  # No third one starts: an absence, so look several times.
  for t in 1 2 3; do
    running_ 3 && { echo "$1: a third COMMAND runs with -j 2"; fail=1; }
    retry_delay_ 0.1
  done
  : > run/go
  wait $pid || fail=1
  sort done > out
  printf '%s\n' a b c d e f > exp || framework_failure_
  compare exp out || fail=1
  test "$($3)" = 0 || fail=1
}

fresh_key_
run_ -k $key "msq_qnum_ $key"

test $listing = yes || Exit $fail
fresh_name_
# Each message is one byte: QSIZE, the bytes queued, counts them.
mq_count_ () { sed 's/.*QSIZE:\([0-9]*\).*/\1/' /dev/mqueue$name; }
run_ -p $name mq_count_

Exit $fail
