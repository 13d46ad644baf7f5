#!/bin/sh
# mqsend on a full System V queue: --timeout exits 124, telling what was sent

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

qbytes=$(cat /proc/sys/kernel/msgmnb) || framework_failure_
test "$qbytes" = 16384 || skip_ "kernel.msgmnb is $qbytes, not 16384"
fresh_key_

# Messages of 4000 bytes: 4 fit in 16384 bytes, the 5th does not.
awk 'BEGIN { for (i = 1; i <= 6; i++) { s = sprintf ("%04d", i);
             while (length (s) < 4000) s = s "x"; print s } }' > in \
  || framework_failure_
returns_ 124 timeout -s KILL 10 mqsend -k $key --timeout=0.2 < in 2> err \
  || fail=1
cat err
test "$(msq_qnum_ $key)" = 4 || { ipcs -q; fail=1; }
grep -w 4 err || fail=1

# Not waiting at all: --timeout=0.
sed -n 5p in > in5 || framework_failure_
returns_ 124 timeout -s KILL 10 mqsend -k $key --timeout=0 < in5 2> err \
  || fail=1
cat err
grep -w 0 err || fail=1

# The messages sent are the first four, whole.
head -n 4 in > exp || framework_failure_
mqrecv -k $key -c 4 --timeout=0 > out || fail=1
cmp exp out || fail=1
returns_ 124 mqrecv -k $key --timeout=0 || fail=1

Exit $fail
