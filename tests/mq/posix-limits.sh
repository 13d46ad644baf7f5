#!/bin/sh
# POSIX creation attributes over the kernel limits: the error names the limit

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

require_posix_mq_
fresh_name_

# Above the hard limits (65536 messages, 16 MiB), even for root.
returns_ 1 mqsend -p $name --max-messages=100000 x 2> err || fail=1
cat err
grep /proc/sys/fs/mqueue/msg_max err || fail=1
grep -w "$(cat /proc/sys/fs/mqueue/msg_max)" err || fail=1
mq_exists_ $name && fail=1

returns_ 1 mqsend -p $name --max-size=100000000 x 2> err || fail=1
cat err
grep /proc/sys/fs/mqueue/msgsize_max err || fail=1
grep -w "$(cat /proc/sys/fs/mqueue/msgsize_max)" err || fail=1
mq_exists_ $name && fail=1

# Within them it works, and the queue has those attributes.
mqsend -p $name --max-messages=3 --max-size=64 x y z || fail=1
returns_ 124 mqsend -p $name --timeout=0 w 2> err || fail=1
mqrecv -p $name -c 3 --timeout=0 > out || fail=1
printf 'x\ny\nz\n' > exp || framework_failure_
compare exp out || fail=1
mqsend -p $name $(printf 'b%.0s' $(seq 64)) || fail=1
returns_ 1 mqsend -p $name $(printf 'b%.0s' $(seq 65)) 2> err || fail=1
grep -w 64 err || fail=1

Exit $fail
