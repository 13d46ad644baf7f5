#!/bin/sh
# mqsend --whole sends all of stdin, binary, as one message

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

printf 'line 1\n\000line 2\n\n\377\000' > in || framework_failure_
mqsend --whole -k $key < in || fail=1
test "$(msq_qnum_ $key)" = 1 || { ipcs -q; fail=1; }
mqrecv -r -k $key --timeout=0 > out || fail=1
cmp in out || fail=1

# Without -r the message is followed by a newline, with -z by a NUL.
mqsend --whole -k $key < in || fail=1
mqrecv -k $key --timeout=0 > out || fail=1
{ cat in; echo; } > exp || framework_failure_
cmp exp out || fail=1
mqsend --whole -k $key < in || fail=1
mqrecv -z -k $key --timeout=0 > out || fail=1
{ cat in; printf '\000'; } > exp || framework_failure_
cmp exp out || fail=1

Exit $fail
