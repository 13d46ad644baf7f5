#!/bin/sh
# exactly one of -k, -i and -p is required

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
fresh_name_

for prog in mqsend mqrecv; do
  returns_ 1 timeout -s KILL 10 $prog --timeout=0 m < /dev/null 2> err \
    || fail=1
  test -s err || fail=1
  returns_ 1 timeout -s KILL 10 $prog -k $key -p $name --timeout=0 m \
    < /dev/null 2> err || fail=1
  test -s err || fail=1
  returns_ 1 timeout -s KILL 10 $prog -k $key -i 0 --timeout=0 m \
    < /dev/null 2> err || fail=1
  test -s err || fail=1
  returns_ 1 timeout -s KILL 10 $prog -i 0 -p $name --timeout=0 m \
    < /dev/null 2> err || fail=1
  test -s err || fail=1
done
msq_exists_ $key && fail=1
mq_exists_ $name && fail=1

# mqrecv's operands are a COMMAND to run per message: see
# tests/mq/worker-basic.sh.

Exit $fail
