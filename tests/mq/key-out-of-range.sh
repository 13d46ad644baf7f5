#!/bin/sh
# -k with a number out of the 32-bit range says so, naming the range, for every program that takes keys

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
print_ver_ mqsend mqrecv shmcat
require_sysv_ipc_

for k in 99999999999999999999 -99999999999999999999 0x1ffffffffffffffff \
         4294967296 -2147483649; do
  for cmd in "mqsend -k $k m" "mqrecv -k $k --timeout=0" "shmcat -k $k"; do
    returns_ 1 timeout -s KILL 10 $cmd < /dev/null > out 2> err \
      || { echo "$cmd: not status 1"; fail=1; }
    grep -F "key '$k' is out of range (-2147483648 to 4294967295)" err \
      > /dev/null || { echo "$cmd:"; cat err; fail=1; }
    compare /dev/null out || fail=1
  done
done

# The ends of the range are keys.
mqsend -k 4294967295 --no-create m 2> err
grep 'out of range' err && fail=1
mqsend -k -2147483648 --no-create m 2> err
grep 'out of range' err && fail=1

Exit $fail
