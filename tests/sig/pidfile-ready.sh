#!/bin/sh
# a sender that waits for the pidfile never kills sigwait

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

# USR1 terminates a process that does not block it: if sigwait wrote
# its pidfile before blocking, some round would die of it (status 138).
i=0
while test $i -lt 10; do
  rm -f pid out
  timeout 10 sigwait --pidfile=pid USR1 > out & w=$!; bg_ $w
  sigsend -s USR1 --pidfile=pid 2> /dev/null \
    || { poll_until_ test -s pid && sigsend -s USR1 --pidfile=pid; } \
    || fail=1
  wait $w; status=$?
  test $status = 0 || { echo "round $i: status $status"; fail=1; }
  echo USR1 > exp
  compare exp out || fail=1
  # The pidfile held the process ID and is gone at exit.
  test -e pid && { echo "round $i: pidfile left"; fail=1; }
  i=$(expr $i + 1)
done

# The pidfile holds the process ID of sigwait.
timeout 10 sigwait --pidfile=pid USR2 & w=$!; bg_ $w
pid=$(pidfile_pid_ pid) || fail=1
# sigwait itself, the child of timeout (under valgrind, comm is not
# "sigwait", but the process is the same).
test "$(ps -o ppid= -p "$pid" | tr -d ' ')" = "$w" || fail=1
sigsend -s USR2 --pidfile=pid > /dev/null || fail=1
wait $w || fail=1

Exit $fail
