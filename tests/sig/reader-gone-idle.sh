#!/bin/sh
# sigwait -f whose reader leaves while no signal comes (head -n 1 exits, or the reader is killed): it ends by itself within seconds, with status 1, quietly, and removes its pidfile; a signal sent after that fails to find it, so the sender knows

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
print_ver_ sigsend sigwait

mkfifo p || framework_failure_

# try_ HOW: one signal, its line read by a reader that then leaves:
# HOW is "head" (head -n 1 exits) or "kill" (killed with SIGKILL).
try_ ()
{
  rm -f w.pid status got
  { timeout $T sigwait -f --pidfile=w.pid USR1 > p 2> err
    echo $? > status; } &
  bg_ $!
  ( exec < p
    head -n 1 > got
    test $1 = kill && exec sleep 30 ) &
  reader=$!; bg_ $reader
  pid=$(pidfile_pid_ w.pid) || { fail=1; return; }
  sigsend -s USR1 $pid || fail=1
  poll_until_ test -s got || fail=1
  if test $1 = kill; then
    kill -KILL $reader
  fi
  wait $reader
  echo USR1 | compare - got || fail=1
  # No signal comes: sigwait sees by itself that nobody reads.
  poll_until_ test -s status || { echo "$1: sigwait still waits"; fail=1; }
  echo 1 | compare - status || { echo "$1: status"; fail=1; }
  compare /dev/null err || fail=1
  test -e w.pid && { echo "$1: pidfile left"; fail=1; }
  # The next signal finds no process: its sender says so.
  sigsend -s USR1 $pid 2> /dev/null && { echo "$1: signal sent"; fail=1; }
}

try_ head
try_ kill

Exit $fail
