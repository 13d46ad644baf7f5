#!/bin/sh
# sigwait -f into a pipe whose reader takes one line and leaves (head -n 1, or killed): the lines in the pipe are gone, and sigwait ends with status 1, quietly (at the next signal, or within a second: see reader-gone-idle.sh)

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

# try_ HOW: five queued signals, each a line in the pipe; then the
# reader takes the first line and leaves: HOW is "head" (head -n 1
# exits) or "kill" (the reader is killed with SIGKILL).
try_ ()
{
  rm -f w.pid status got took go err
  { timeout $T sigwait -f --pidfile=w.pid RTMIN > p 2> err
    echo $? > status; } &
  bg_ $!
  ( exec < p
    poll_until_ test -e go || exit 1
    head -n 1 > got && : > took
    test $1 = kill && exec sleep 30 ) &
  reader=$!; bg_ $reader
  pid=$(pidfile_pid_ w.pid) || { fail=1; return; }
  for v in 1 2 3 4 5; do
    sigsend -s RTMIN -q $v $pid || fail=1
  done
  # The five lines (RTMIN and a newline each) are in the pipe, after
  # the pidfile sigwait wrote.
  poll_until_ has_written_ $pid $(expr 5 \* 6 + $(wc -c < w.pid)) \
    || { echo "$1: the lines were not written"; fail=1; }
  : > go
  poll_until_ test -e took || fail=1
  test $1 = kill && kill -KILL $reader
  wait $reader
  echo RTMIN | compare - got || fail=1
  # Lines 2 to 5 went with the pipe; nothing can give a signal back.
  # sigwait finds the reader gone when it writes its next line: that
  # signal is lost too, and sigwait ends with status 1, quietly, and
  # removes its pidfile.
  sigsend -s RTMIN -q 6 $pid 2> /dev/null
  poll_until_ test -s status || fail=1
  echo 1 | compare - status || { echo "$1: status"; fail=1; }
  compare /dev/null err || fail=1
  test -e w.pid && { echo "$1: pidfile left"; fail=1; }
}

try_ head
try_ kill

Exit $fail
