#!/bin/sh
# mmapcat and shmcat wait for a non-blocking standard input or output instead of failing with EAGAIN

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
print_ver_ shmcat mmapcat
require_dev_shm_
mem_nonblock_script_
fail=0

fresh_name_
head -c 3M /dev/urandom > data || framework_failure_

# Writing: standard input is an empty non-blocking pipe when the
# program starts; the data comes once the program waits for it.
for cmd in "mmapcat -w f" "shmcat -w -p $name"; do
  rm -f in && mkfifo in || framework_failure_
  timeout $T "$PYTHON" nonblock.py $cmd < in > /dev/null 2> err &
  pid=$!; bg_ $pid
  exec 4> in
  poll_until_ waiting_ $pid "${cmd%% *}" \
    || { echo "$cmd: does not wait"; fail=1; }
  cat data >&4
  exec 4>&-
  wait $pid || { echo "$cmd: status $?"; cat err; fail=1; }
done
compare data f || fail=1
cmp data /dev/shm$name || fail=1

# Reading: standard output is a full non-blocking pipe; the data is
# read once the program waits for room.
for cmd in "mmapcat data" "shmcat -p $name -R"; do
  rm -f out && mkfifo out && exec 3<>out || framework_failure_
  timeout $T "$PYTHON" nonblock.py $cmd < /dev/null > out 2> err 3<&- &
  pid=$!; bg_ $pid
  poll_until_ waiting_ $pid "${cmd%% *}" \
    || { echo "$cmd: does not wait"; fail=1; }
  timeout $T head -c 3M <&3 > got
  exec 3<&-
  wait $pid || { echo "$cmd: status $?"; cat err; fail=1; }
  cmp data got || fail=1
done
test -e /dev/shm$name && { echo "shmcat -R did not remove $name"; fail=1; }

Exit $fail
