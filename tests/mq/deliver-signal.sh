#!/bin/sh
# SIGTERM while a handed-over message sits unread in the pipe: mqrecv takes it back, puts it back and dies

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
# Without /proc/self/fd, mqrecv cannot take m2 back out of the pipe:
# it leaves it there for the reader, and counts it handed over.
if config_has_ HAVE_PROC_SELF_FD; then
  printf '%s\n' m1 > exp-got || framework_failure_
  printf '%s\n' m2 m3 m4 m5 > exp-left || framework_failure_
else
  printf '%s\n' m1 m2 > exp-got || framework_failure_
  printf '%s\n' m3 m4 m5 > exp-left || framework_failure_
fi

# reader_: read one message, say so, wait for "go", then read the rest.
reader_ ()
{
  read -r x && echo "$x" > got && : > ready || return
  poll_until_ test -e go
  cat >> got
}

tries=$(scaled_ 20)
set -- $queues
while test $# -gt 0; do
  q="$1 $2"; shift 2
  i=0
  while test $i -lt $tries; do
    i=$((i + 1))
    rm -f got ready go
    mqsend $q m1 m2 m3 m4 m5 || fail=1
    mqrecv $q -f > p & recv=$!; bg_ $recv
    reader_ < p & reader=$!; bg_ $reader
    poll_until_ test -e ready || fail=1
    # mqrecv has written m2 and waits for the reader to take it.
    poll_until_ sleeping_ $recv || fail=1
    kill -TERM $recv
    returns_ 143 wait $recv || fail=1
    : > go
    wait $reader
    compare exp-got got || { echo "try $i: reader"; fail=1; }
    left_ $q > left
    compare exp-left left || { echo "try $i: queue"; fail=1; }
  done
done

Exit $fail
