#!/bin/sh
# mqrecv -j 3 COMMAND on SIGINT or SIGTERM with COMMANDs running: it takes no more, waits for them, puts back the failed, dies of the signal

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

cleanup_ () { : > run/go 2>/dev/null; ipc_cleanup_; }

held_job_ job
printf 'm%s\n' 1 2 3 4 5 6 > all || framework_failure_

running_ () { test $(ls run | grep -c "^m") -ge $1; }

# try_ OPTION ARG SIGNAL: six messages, -j 3; SIGNAL while three
# COMMANDs hold m1, m2 and m3.
try_ ()
{
  rm -rf run ok && mkdir run || framework_failure_
  mqsend $1 $2 $(cat all) || fail=1
  # timeout(1) runs mqrecv with SIGINT at its default action, which a
  # background job of this shell would ignore.
  timeout $T mqrecv $1 $2 -f -j 3 -- sh job 2> err & pid=$!; bg_ $pid
  poll_until_ running_ 3 || { echo "$1: three COMMANDs never ran"; fail=1; }
  kill -s $3 $(program_ $pid) || fail=1
  # It waits for its COMMANDs: an absence, so give it time to fail.
  retry_delay_ 0.1
  gone_ $(program_ $pid) && { echo "$1 $3: did not wait"; fail=1; }
  : > run/go
  poll_until_ gone_ $(program_ $pid) || { echo "$1 $3: still running"; fail=1; }
  wait $pid
  st=$?
  case $3 in INT) want=130 ;; TERM) want=143 ;; esac
  test $st = $want || { echo "$1 $3: status $st, not $want"; fail=1; }
  compare /dev/null err || fail=1
  # No fourth COMMAND started; m2 was handled; m1, m3 and the three
  # never taken are queued: nothing lost, nothing twice.
  running_ 4 && { echo "$1 $3: a fourth ran: $(ls run)"; fail=1; }
  echo m2 | compare - ok || fail=1
  timeout 10 mqrecv $1 $2 -f --timeout=0 > left
  sort ok left | compare all - || { echo "$1 $3: lost or twice"; fail=1; }
}

# tries_ OPTION ARG: $(scaled_ 20) tries, SIGINT and SIGTERM in turn.
tries_ ()
{
  i=0
  while test $i -lt $(scaled_ 20); do
    try_ $1 $2 INT
    try_ $1 $2 TERM
    i=$(expr $i + 2)
  done
}

fresh_key_
tries_ -k $key

posix_mq_ || Exit $fail
fresh_name_
tries_ -p $name

Exit $fail
