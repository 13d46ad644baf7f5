#!/bin/sh
# a POSIX queue removed (or replaced) while mqsend or mqrecv waits on it: they notice within seconds and fail, saying so

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
# The queue is removed as its users do: rm in /dev/mqueue.
require_mq_listing_

# removed_ PID WHAT: PID ends (within the bounded poll) with status 1,
# saying that the queue was removed.
removed_ ()
{
  poll_until_ test -s err || { echo "$2: still waiting"; fail=1; }
  wait $1; s_=$?
  test $s_ = 1 || { echo "$2: status $s_"; fail=1; }
  grep 'was removed' err > /dev/null || { echo "$2:"; cat err; fail=1; }
}

fresh_name_
mkfifo pipe || framework_failure_
for opts in '' '--timeout=60' '-f'; do
  # mqrecv on an empty queue, writing to a pipe: with -f it wakes every
  # second to look at the pipe too.
  cat pipe > out &
  cpid=$!; bg_ $cpid
  timeout $T mqrecv -p $name $opts 2> err > pipe &
  pid=$!; bg_ $pid
  poll_until_ st_in_ $pid mq_timedreceive || fail=1
  rm /dev/mqueue$name || framework_failure_
  removed_ $pid "mqrecv $opts"
  wait $cpid
  compare /dev/null out || fail=1
done

# Replaced by another queue of the same name: the one mqrecv waits on
# can no longer be reached, and nobody would ever send to it.
timeout $T mqrecv -p $name 2> err > out &
pid=$!; bg_ $pid
poll_until_ st_in_ $pid mq_timedreceive || fail=1
rm /dev/mqueue$name && mqsend -p $name new < /dev/null || framework_failure_
removed_ $pid "mqrecv, queue replaced"
compare /dev/null out || fail=1
rm /dev/mqueue$name

# mqsend on a full queue.
mqsend -p $name --max-messages=1 first || framework_failure_
timeout $T mqsend -p $name second 2> err &
pid=$!; bg_ $pid
poll_until_ st_in_ $pid mq_timedsend || fail=1
rm /dev/mqueue$name || framework_failure_
removed_ $pid mqsend
test -e /dev/mqueue$name && { echo "mqsend made the queue again"; fail=1; }

Exit $fail
