#!/bin/sh
# mqrecv -R removes the queue at exit

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

mqsend -k $key m || fail=1
timeout -s KILL 10 mqrecv -R -k $key > out || fail=1
echo m > exp || framework_failure_
compare exp out || fail=1
msq_exists_ $key && fail=1

# Also when it exits on timeout.
mqsend -k $key m || fail=1
timeout -s KILL 10 mqrecv -k $key > /dev/null || fail=1
returns_ 124 mqrecv --remove -k $key --timeout=0 || fail=1
msq_exists_ $key && fail=1

if posix_mq_; then
  fresh_name_
  mqsend -p $name m || fail=1
  timeout -s KILL 10 mqrecv -R -p $name > out || fail=1
  compare exp out || fail=1
  mq_exists_ $name && fail=1
  returns_ 124 mqrecv -R -p $name --timeout=0 || fail=1
  mq_exists_ $name && fail=1
fi

Exit $fail
