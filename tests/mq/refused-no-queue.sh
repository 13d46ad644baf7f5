#!/bin/sh
# mqsend refused before it sent anything leaves no queue behind; one it sent to, or did not create, stays

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

max=$(cat /proc/sys/kernel/msgmax) || framework_failure_
head -c $(expr $max + 1) /dev/zero | tr '\0' a > over || framework_failure_

# System V: a message over kernel.msgmax, as an operand or as input.
fresh_key_
returns_ 1 mqsend -k $key "$(cat over)" 2> err || fail=1
grep 'exceeds' err > /dev/null || { cat err; fail=1; }
msq_exists_ $key && { echo "-k: a queue was left"; fail=1; }
returns_ 1 mqsend -k $key --whole < over 2> err || fail=1
msq_exists_ $key && { echo "-k --whole: a queue was left"; fail=1; }

# A message sent before the refused one: the queue stays, with it.
{ echo first; cat over; echo; } > lines
returns_ 1 mqsend -k $key < lines 2> err || fail=1
mqrecv -k $key --timeout=0 > out || fail=1
echo first > exp; compare exp out || fail=1

# A queue that existed before stays, even empty.
returns_ 1 mqsend -k $key "$(cat over)" 2> err || fail=1
msq_exists_ $key || { echo "-k: an existing queue was removed"; fail=1; }

# A signal before the first message: mqsend dies of it, and the queue
# it made goes.
fresh_key_
mkfifo in || framework_failure_
mqsend -k $key < in &
pid=$!; bg_ $pid
exec 3> in
reading_ () { case $(cat /proc/$pid/wchan 2>/dev/null) in *pipe_read) true ;; *) false ;; esac; }
poll_until_ reading_ || fail=1
msq_exists_ $key || fail=1
kill -s TERM $pid || fail=1
wait $pid; st=$?
test $st = 143 || { echo "status $st after SIGTERM"; fail=1; }
msq_exists_ $key && { echo "SIGTERM: a queue was left"; fail=1; }
exec 3>&-

# Success with nothing to send still creates the queue.
fresh_key_
mqsend -k $key < /dev/null || fail=1
msq_exists_ $key || { echo "-k: no queue made for empty input"; fail=1; }

if posix_mq_; then
  fresh_name_
  returns_ 1 mqsend -p $name "$(cat over)" 2> err || fail=1
  grep 'exceeds' err > /dev/null || { cat err; fail=1; }
  mq_exists_ $name && { echo "-p: a queue was left"; fail=1; }
  returns_ 1 mqsend -p $name --max-size=16 0123456789abcdefX 2> err || fail=1
  grep 'exceeds' err > /dev/null || { cat err; fail=1; }
  mq_exists_ $name && { echo "--max-size: a queue was left"; fail=1; }
  returns_ 1 mqsend -p $name --max-size=16 ok 0123456789abcdefX 2> err \
    || fail=1
  mqrecv -p $name --timeout=0 > out || fail=1
  echo ok > exp; compare exp out || fail=1
fi

Exit $fail
