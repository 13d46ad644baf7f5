#!/bin/sh
# SIGTERM while mqsend waits on a full queue with more input read: it names the message not sent and counts the bytes read and not sent after it

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
require_posix_mq_
require_proc_syscall_

# A queue of one message, full.  mqsend reads 'a', 'b', 'c' and the
# start of a fourth line in one read, and waits to send 'a'.  What it
# read and could not send must be said: 'a' by number, the 6 bytes
# after it by count.
fresh_name_
mqsend -p $name --max-messages=1 first || framework_failure_
printf 'a\nb\nc\nxy' > input || framework_failure_
mkfifo in || framework_failure_
cat > exp-err <<EOF2 || framework_failure_
mqsend: message 1, of size 1, was not sent: message queue '$name' is full
mqsend: 6 bytes read from standard input were not sent
EOF2
tries=$(scaled_ 20)
i=0
while test $i -lt $tries; do
  i=$((i + 1))
  mqsend -p $name < in 2> err & pid=$!; bg_ $pid
  exec 3> in
  cat input >&3 || framework_failure_
  poll_until_ st_in_ $pid mq_timedsend || { echo "try $i: no wait"; fail=1; }
  kill -s TERM $pid
  wait $pid; st=$?
  exec 3>&-
  test $st = 143 || { echo "try $i: status $st after SIGTERM"; fail=1; }
  compare exp-err err || { echo "try $i: diagnostics"; fail=1; }
  mqrecv -p $name -c 1 > left || fail=1
  echo first > exp; compare exp left || fail=1
  mqsend -p $name first || framework_failure_
  test "${fail-0}" = 0 || break
done
mqrecv -p $name -c 1 > /dev/null || fail=1

Exit $fail
