#!/bin/sh
# mqrecv -c N receives exactly N messages

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

mqsend -k $key 1 2 3 4 5 || fail=1
timeout -s KILL 10 mqrecv -k $key -c 3 > out || fail=1
seq 3 > exp || framework_failure_
compare exp out || fail=1
test "$(msq_qnum_ $key)" = 2 || fail=1
mqrecv -k $key --count=2 --timeout=0 > out || fail=1
seq 4 5 > exp || framework_failure_
compare exp out || fail=1

# -c waits for the missing ones.
timeout -s KILL 10 mqrecv -k $key -c 2 > out 2> err & pid=$!; bg_ $pid
mqsend -k $key a || fail=1
poll_until_ grep -x a out || fail=1
kill -0 $pid || fail=1
mqsend -k $key b || fail=1
wait $pid || fail=1
printf 'a\nb\n' > exp || framework_failure_
compare exp out || fail=1
compare /dev/null err || fail=1

Exit $fail
