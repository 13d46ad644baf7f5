#!/bin/sh
# mqrecv -b: a message too big for the buffer stays queued

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

msg=$(printf 'm%.0s' $(seq 100))
mqsend -k $key "$msg" || fail=1
returns_ 1 mqrecv -k $key -b 10 --timeout=0 > out 2> err || fail=1
cat err
compare /dev/null out || fail=1
grep -w 100 err || fail=1
grep -w 10 err || fail=1
test "$(msq_qnum_ $key)" = 1 || fail=1
mqrecv -k $key --buffer-size=100 --timeout=0 > out || fail=1
echo "$msg" > exp || framework_failure_
compare exp out || fail=1

Exit $fail
