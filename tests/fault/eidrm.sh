#!/bin/sh
# a System V queue removed while mqrecv or mqsend waits on it: a clear error, status 1


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
require_proc_syscall_
require_sysv_ipc_

# mqrecv waiting on an empty queue.
fresh_key_
mqsend -k $key x && mqrecv -k $key > /dev/null || framework_failure_
timeout $T mqrecv -k $key 2> err &
pid=$!; bg_ $pid
poll_until_ st_in_ $pid msgrcv || fail=1
ipcrm -Q $key || framework_failure_
wait $pid; st=$?
test $st = 1 || { echo "mqrecv: status $st"; fail=1; }
grep 'was removed' err || { cat err; fail=1; }

# mqsend waiting on a full queue (two messages of kernel.msgmax bytes
# fill the default 16384 bytes; a smaller msgmax leaves room: skip).
fresh_key_
max=$(cat /proc/sys/kernel/msgmax) || framework_failure_
mnb=$(cat /proc/sys/kernel/msgmnb) || framework_failure_
test $(expr 2 \* $max) -ge $mnb || skip_ "kernel.msgmnb is above 2 * msgmax"
head -c $max /dev/zero | tr '\0' a > big || framework_failure_
mqsend -k $key --whole < big && mqsend -k $key --whole < big \
  || framework_failure_
timeout $T mqsend -k $key one more 2> err &
pid=$!; bg_ $pid
poll_until_ st_in_ $pid msgsnd || fail=1
ipcrm -Q $key || framework_failure_
wait $pid; st=$?
test $st = 1 || { echo "mqsend: status $st"; fail=1; }
grep 'was removed' err || { cat err; fail=1; }
# It did not make a new queue with the same key.
msq_exists_ $key && { echo "a queue was made again"; fail=1; }

Exit $fail
