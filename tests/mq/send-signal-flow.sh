#!/bin/sh
# SIGTERM while mqsend sends to a queue that a receiver drains: it dies of the signal promptly, and every message it sent arrives once, in order

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
require_proc_syscall_
require_sysv_ipc_

# received_ N: succeed once the receivers wrote N messages or more.
received_ ()
{
  test $(cat out1 out2 | wc -l) -ge $1
}

# try_ OPTION OBJECT: two receivers drain the queue while mqsend,
# niced, sends it numbered lines as fast as it can, so that the queue
# does not fill and mqsend rarely if ever waits (neither for room nor
# for input: seq is faster); SIGTERM mqsend.  It must die of the
# signal within the bounded poll; then, once the receivers have
# drained the queue and wait again, what they got together must be
# exactly 1, 2, ... k for some k, each in order.
try_ ()
{
  rm -f out1 out2
  timeout $T mqrecv "$1" "$2" -f > out1 2> rerr1 &
  r1=$!
  timeout $T mqrecv "$1" "$2" -f > out2 2> rerr2 &
  r2=$!
  bg_ $r1 $r2
  poll_until_ st_in_ $r1 msgrcv mq_timedreceive || fail=1
  poll_until_ st_in_ $r2 msgrcv mq_timedreceive || fail=1
  seq 100000000 | timeout $T nice -n 10 mqsend "$1" "$2" 2> serr &
  spid=$!; bg_ $spid
  # Past the start, when mqsend may still wait for seq's first output.
  poll_until_ received_ 5000 || fail=1
  sender=$(program_ $spid)
  test "$(cat /proc/$sender/comm)" = mqsend || framework_failure_
  before=$(cat out1 out2 | wc -l)
  kill -s TERM $sender || fail=1
  # mqsend has 2 s to act on SIGTERM.
  if poll_within_ 2 gone_ $sender; then
    wait $spid; s=$?
    test $s = 143 || { echo "$1: status $s after SIGTERM, not 143"; fail=1; }
  else
    echo "$1 try $i: mqsend still runs after SIGTERM" \
      "(state $(state_ $sender), system call" \
      "$(cut -d' ' -f1 /proc/$sender/syscall 2>/dev/null)," \
      "$(expr $(cat out1 out2 | wc -l) - $before) messages received since)"
    fail=1
    kill -s KILL $sender
    wait $spid
  fi
  cat serr
  # Everything sent is received, and written out before the receivers
  # wait again on the empty queue.
  poll_until_ st_in_ $r1 msgrcv mq_timedreceive || fail=1
  poll_until_ st_in_ $r2 msgrcv mq_timedreceive || fail=1
  st_signal_ TERM $r1 "mqrecv"
  st_signal_ TERM $r2 "mqrecv"
  cat rerr1 rerr2
  for o in out1 out2; do
    sort -n $o | compare - $o > /dev/null \
      || { echo "$1 try $i: $o is out of order"; fail=1; }
  done
  sort -n out1 out2 > out
  k=$(wc -l < out)
  test $k -gt 0 || { echo "$1: nothing was received"; fail=1; }
  seq $k > exp
  compare exp out > /dev/null \
    || { echo "$1 try $i: the messages received are not 1..$k"; fail=1; }
}

# 20 tries, each kind of queue in turn.
fresh_key_
fresh_name_
posix_mq_ && posix=yes || posix=no
for i in $(seq 20); do
  case $posix,$i in
    yes,*[02468]) try_ -p $name ;;
    *) try_ -k $key ;;
  esac
  test "${fail-0}" = 0 || break
done
returns_ 124 mqrecv -k $key --timeout=0 || fail=1
test $posix = no || returns_ 124 mqrecv -p $name --timeout=0 || fail=1

Exit $fail
