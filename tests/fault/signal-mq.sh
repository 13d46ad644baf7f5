#!/bin/sh
# SIGINT and SIGTERM while mqsend or mqrecv waits: it dies of the signal, and nothing is half sent or lost


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

fresh_key_
max=$(cat /proc/sys/kernel/msgmax) || framework_failure_
mnb=$(cat /proc/sys/kernel/msgmnb) || framework_failure_
test $(expr 2 \* $max) -ge $mnb || skip_ "kernel.msgmnb is above 2 * msgmax"
head -c $max /dev/zero | tr '\0' a > big || framework_failure_

for sig in INT TERM; do
  # mqrecv on an empty queue.
  timeout $T mqrecv -k $key > out &
  pid=$!; bg_ $pid
  poll_until_ st_in_ $pid msgrcv || fail=1
  st_signal_ $sig $pid "mqrecv"
  compare /dev/null out || fail=1

  # mqsend on a full queue, with messages still to send: the two that
  # filled the queue stay, nothing more.
  mqsend -k $key --whole < big && mqsend -k $key --whole < big \
    || framework_failure_
  timeout $T mqsend -k $key third fourth &
  pid=$!; bg_ $pid
  poll_until_ st_in_ $pid msgsnd || fail=1
  st_signal_ $sig $pid "mqsend"
  test "$(msq_qnum_ $key)" = 2 || { echo "$sig: $(msq_qnum_ $key) messages"; fail=1; }
  mqrecv -k $key -c 2 > /dev/null || fail=1
  returns_ 124 mqrecv -k $key --timeout=0 || fail=1
done

# A POSIX queue.
require_posix_mq_
fresh_name_
for sig in INT TERM; do
  timeout $T mqrecv -p $name > out &
  pid=$!; bg_ $pid
  poll_until_ st_in_ $pid mq_timedreceive || fail=1
  st_signal_ $sig $pid "mqrecv -p"
  compare /dev/null out || fail=1
done

Exit $fail
