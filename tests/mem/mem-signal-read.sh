#!/bin/sh
# SIGTERM while mmapcat and shmcat -R (System V and POSIX) fill a pipe that nobody reads: they end at once, and shmcat -R keeps the segment

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
require_sysv_shm_
require_dev_shm_
fail=0

# More than a pipe holds, even enlarged to 1 MiB.
head -c 8M /dev/urandom > big || framework_failure_
fresh_key_
shmcat -w -k $key < big || framework_failure_
fresh_name_
shmcat -w -p $name < big || framework_failure_

i=0
while test $i -lt 20; do
  i=$(expr $i + 1)
  # mmapcat and shmcat -p splice the pages into the pipe; shmcat -k,
  # which has no descriptor to splice from, vmsplices its mapping.
  for cmd in "mmapcat big" "shmcat -R -k $key" "shmcat -R -p $name"; do
    # A FIFO that this shell holds open for reading and never reads.
    rm -f p && mkfifo p && exec 3<>p || framework_failure_
    timeout $T $cmd > p 3<&- &
    pid=$!; bg_ $pid
    # The pipe is full, and the program waits for room.
    poll_until_ waiting_ $pid "${cmd%% *}" || fail=1
    mem_term_ $pid "try $i: $cmd"
    exec 3<&-
    test $fail = 0 || break 2
  done
  for obj in "-k $key" "-p $name"; do
    shmcat $obj | cmp - big \
      || { echo "try $i: $obj is not intact after SIGTERM"; fail=1; break 2; }
  done
done

Exit $fail
