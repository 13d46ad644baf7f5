#!/bin/sh
# POSIX queues deliver by priority; -p adds the slash; -T shows priorities

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
bare=${name#/}
mq_exists_ $name && framework_failure_

mqsend -p $bare -t 1 one || fail=1
mq_exists_ $name || fail=1
mqsend -p $bare -t 5 five || fail=1
mqsend -p $name -t 3 three || fail=1
mqsend -p $name four-at-0 || fail=1

timeout -s KILL 10 mqrecv -p $bare -T -c 4 > out || fail=1
printf '5\tfive\n3\tthree\n1\tone\n0\tfour-at-0\n' > exp || framework_failure_
compare exp out || fail=1

Exit $fail
