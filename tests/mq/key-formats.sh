#!/bin/sh
# -k takes decimal, 0x hex and 0 octal keys; -i the id ipcs shows

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

fresh_key_
hex=$(printf '0x%x' $key)
oct=$(printf '0%o' $key)

mqsend -k $key dec || fail=1
id=$(msq_id_ $key)
test -n "$id" || { ipcs -q; fail=1; }
mqsend -k $hex hex || fail=1
mqsend -k $(printf '0X%X' $key) HEX || fail=1
mqsend -k $oct oct || fail=1
mqsend -i $id id || fail=1
test "$(msq_qnum_ $key)" = 5 || { ipcs -q; fail=1; }
timeout -s KILL 10 mqrecv -k $oct -c 2 > out || fail=1
timeout -s KILL 10 mqrecv -k $hex -c 2 >> out || fail=1
timeout -s KILL 10 mqrecv -i $id >> out || fail=1
printf '%s\n' dec hex HEX oct id > exp || framework_failure_
compare exp out || fail=1
# Exactly one queue was made.
ipcs -q | grep -c "^$(printf '0x%08x' $key) " > out
echo 1 > exp
compare exp out || fail=1

Exit $fail
