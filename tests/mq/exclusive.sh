#!/bin/sh
# --exclusive fails if the queue exists, and sends nothing

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

mqsend -k $key --exclusive first || fail=1
returns_ 1 mqsend -k $key --exclusive second 2> err || fail=1
cat err
test -s err || fail=1
returns_ 1 mqrecv -k $key --exclusive --timeout=0 > out 2> err || fail=1
test -s err || fail=1
compare /dev/null out || fail=1
timeout -s KILL 10 mqrecv -k $key -c 1 > out || fail=1
echo first > exp || framework_failure_
compare exp out || fail=1
returns_ 124 mqrecv -k $key --timeout=0 || fail=1

if posix_mq_; then
  fresh_name_
  mqsend -p $name --exclusive first || fail=1
  returns_ 1 mqsend -p $name --exclusive second 2> err || fail=1
  cat err
  test -s err || fail=1
  timeout -s KILL 10 mqrecv -p $name -c 1 > out || fail=1
  compare exp out || fail=1
  returns_ 124 mqrecv -p $name --timeout=0 || fail=1
fi

Exit $fail
