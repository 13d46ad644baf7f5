#!/bin/sh
# mqsend -z and mqrecv -z split on NUL

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

printf 'a\000\000b\nc\000d' | mqsend -z -k $key || fail=1
test "$(msq_qnum_ $key)" = 4 || { ipcs -q; fail=1; }
mqrecv -z -k $key -c 4 --timeout=0 > out || fail=1
printf 'a\000\000b\nc\000d\000' > exp || framework_failure_
compare exp out || fail=1
returns_ 124 mqrecv -k $key --timeout=0 || fail=1

Exit $fail
