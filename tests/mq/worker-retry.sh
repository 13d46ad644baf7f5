#!/bin/sh
# mqrecv COMMAND: a failed COMMAND's message is put back and taken again

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

# fail-once: fails the first attempt at each message, then succeeds;
# each run notes the message and its attempt in "log".
cat > fail-once <<'EOS' || framework_failure_
read -r m
echo "$m $MQRECV_ATTEMPT" >> log
test $MQRECV_ATTEMPT -ge 2
EOS

# run_ OPTION ARG: as run_ in worker-jobs.sh, for one kind of queue.
run_ ()
{
  # A message whose COMMAND fails goes back to the end of the queue,
  # with its type or priority, and is taken again.
  rm -f log
  mqsend $1 $2 -t 3 a b || fail=1
  timeout 30 mqrecv $1 $2 -c 4 -- sh fail-once || fail=1
  printf '%s\n' 'a 1' 'b 1' 'a 2' 'b 2' > exp || framework_failure_
  compare exp log || fail=1
  returns_ 124 mqrecv $1 $2 --timeout=0 || fail=1

  # -c 1: the failed message is put back, and the status says so.
  rm -f log
  mqsend $1 $2 -t 5 c || fail=1
  returns_ 123 timeout 30 mqrecv $1 $2 -- sh fail-once || fail=1
  echo 'c 1' > exp || framework_failure_
  compare exp log || fail=1
  mqrecv $1 $2 -T --timeout=0 > out || fail=1
  printf '5\tc\n' > exp || framework_failure_
  compare exp out || fail=1

  # A COMMAND killed by a signal failed too, and is named.
  mqsend $1 $2 d || fail=1
  returns_ 123 timeout 30 mqrecv $1 $2 -- sh -c 'kill -s KILL $$' 2> err \
    || fail=1
  grep "terminated by signal KILL" err || fail=1
  mqrecv $1 $2 --timeout=0 > out || fail=1
  echo d > exp || framework_failure_
  compare exp out || fail=1

  # A COMMAND that reads nothing is not a failure of mqrecv: its
  # status decides.  A message larger than a pipe holds (64 KiB) is
  # written as COMMAND reads it.
  mqsend $1 $2 e || fail=1
  timeout 30 mqrecv $1 $2 -- true || fail=1
  returns_ 124 mqrecv $1 $2 --timeout=0 || fail=1
  size=$(expr $(mqrecv_max_ $1 $2) - 1)
  head -c $size /dev/zero | tr '\0' x > big || framework_failure_
  mqsend $1 $2 --whole < big || fail=1
  timeout 30 mqrecv $1 $2 -- sh -c 'cat > got' || fail=1
  cmp big got || fail=1
  mqsend $1 $2 --whole < big || fail=1
  timeout 30 mqrecv $1 $2 -- sh -c 'head -c 10 > /dev/null' || fail=1
  returns_ 124 mqrecv $1 $2 --timeout=0 || fail=1
}

fresh_key_
# The largest System V message, kernel.msgmax.
mqrecv_max_ () { cat /proc/sys/kernel/msgmax; }
run_ -k $key

posix_mq_ || Exit $fail
fresh_name_
# A POSIX queue of messages larger than a pipe holds, where the system
# lets us make one (fs.mqueue.msgsize_max, or privileges).
max=300000
mqsend -p $name --max-size=$max --max-messages=2 x 2> /dev/null \
  || { max=$(cat /proc/sys/fs/mqueue/msgsize_max)
       echo "messages above $max bytes are not tried"; }
mqrecv -p $name --timeout=0 > /dev/null
mqrecv_max_ () { echo $max; }
run_ -p $name

Exit $fail
