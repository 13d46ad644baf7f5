#!/bin/sh
# SIGTERM while mmapcat -w and shmcat -w copy an endless input: they end at once; the file holds what was copied, no segment is made

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
fail=0

# A bound on the file, should mmapcat ignore the signal (ulimit -f
# counts blocks of 512 or 1024 bytes: 512 MiB or 1 GiB).
limit=1048576

i=0
while test $i -lt 20; do
  i=$(expr $i + 1)

  # mmapcat -w from an input that never runs dry, so that no read
  # waits (and is interrupted): /dev/zero, and a fast pipe.  The file
  # ends exactly after the last byte copied: a prefix of the input,
  # with none of the zeros of growing in chunks.
  for in in /dev/zero pipe; do
    rm -f f
    if test $in = pipe; then
      yes | timeout $T sh -c "ulimit -f $limit && exec mmapcat -w f" &
    else
      timeout $T sh -c "ulimit -f $limit && exec mmapcat -w f" < $in &
    fi
    pid=$!; bg_ $pid
    poll_until_ mem_has_read_ $pid 1048576 || fail=1
    mem_term_ $pid "try $i: mmapcat -w < $in" || break 2
    size=$(stat -c %s f) || fail=1
    test "$size" -gt 0 || { echo "try $i: mmapcat -w: empty file"; fail=1; }
    if test $in = pipe; then
      yes | head -c "$size" | cmp - f \
        || { echo "try $i: mmapcat -w: not a prefix"; fail=1; }
    fi
  done

  # shmcat -w reads all of its input before it writes: nothing is
  # created.
  fresh_key_
  timeout $T shmcat -w -k $key -s 1M < /dev/zero &
  pid=$!; bg_ $pid
  poll_until_ mem_has_read_ $pid 2097152 || fail=1
  mem_term_ $pid "try $i: shmcat -w" || break
  shm_exists_ $key && { echo "try $i: shmcat -w made a segment"; fail=1; }
  test $fail = 0 || break
done

Exit $fail
