#!/bin/sh
# mqrecv -f writes each message as soon as it arrives

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

mqsend -k $key first || fail=1
timeout -s KILL 10 mqrecv -f -k $key > out 2> err & pid=$!; bg_ $pid
poll_until_ grep -x first out || fail=1
mqsend -k $key second || fail=1
poll_until_ grep -x second out || fail=1
printf 'x%.0s' $(seq 3000) | mqsend -k $key --whole || fail=1
poll_until_ grep -q '^xxx' out || fail=1
kill -0 $pid || fail=1   # still following
kill $pid
wait $pid
{ echo first; echo second; printf 'x%.0s' $(seq 3000); echo; } > exp \
  || framework_failure_
compare exp out || fail=1
test "$(msq_qnum_ $key)" = 0 || fail=1

Exit $fail
