#!/bin/sh
# A queue made by ipcmk is used with -i; ipcs shows its messages

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

id=$(ipcmk -Q | sed -n 's/^Message queue id: *//p')
test -n "$id" || framework_failure_
fresh_id_ $id

mqsend -i $id a bb ccc || fail=1
ipcs -q -i $id > info || fail=1
cat info
grep 'qnum=3\b' info || fail=1
grep 'cbytes=6\b' info || fail=1
ipcs -q | awk -v id=$id '$2 == id { print $5, $6 }' > out || fail=1
echo '6 3' > exp || framework_failure_
compare exp out || fail=1

timeout -s KILL 10 mqrecv -i $id -c 3 > out || fail=1
printf '%s\n' a bb ccc > exp || framework_failure_
compare exp out || fail=1
ipcs -q -i $id | grep 'qnum=0\b' || fail=1

# -i never creates: an id that is not a queue is an error.
ipcrm -q $id || framework_failure_
returns_ 1 mqsend -i $id x 2> err || fail=1
test -s err || fail=1
returns_ 1 mqrecv -i $id --timeout=0 2> err || fail=1
test -s err || fail=1

Exit $fail
