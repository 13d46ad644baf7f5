#!/bin/sh
# -k FILE uses ftok (FILE, --proj-id), the default id being 1

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

require_python_sysv_ipc_
touch keyfile || framework_failure_
# The keys as Python's sysv_ipc computes them, an implementation of
# ftok other than ours; init.cfg's ftok_ computes them too and
# registers them for removal at exit.
py_ftok_ ()
{
  "$PYTHON" -c 'import sys, sysv_ipc
print (sysv_ipc.ftok (sys.argv[1], int (sys.argv[2]), True))' "$@"
}
k7=$(py_ftok_ keyfile 7) || framework_failure_
k1=$(py_ftok_ keyfile 1) || framework_failure_
test -n "$k7" && test -n "$k1" || framework_failure_
ftok_ keyfile 7; test "$ftok_key" = "$k7" || framework_failure_
ftok_ keyfile 1; test "$ftok_key" = "$k1" || framework_failure_
msq_exists_ $k7 && skip_ "a queue with key $k7 exists already"
msq_exists_ $k1 && skip_ "a queue with key $k1 exists already"

mqsend -k keyfile --proj-id=7 seven || fail=1
mqsend -k keyfile one || fail=1
msq_exists_ $k7 || { ipcs -q; fail=1; }
msq_exists_ $k1 || fail=1
mqrecv -k $k7 --timeout=0 > out || fail=1
mqrecv -k $k1 --timeout=0 >> out || fail=1
mqsend -k $k7 again || fail=1
mqrecv -k ./keyfile --proj-id=7 --timeout=0 >> out || fail=1
printf '%s\n' seven one again > exp || framework_failure_
compare exp out || fail=1

Exit $fail
