#!/bin/sh
# mqsend on a full POSIX queue: --timeout exits 124, telling what was sent

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

require_posix_mq_
fresh_name_

returns_ 124 timeout -s KILL 10 \
  mqsend -p $name --max-messages=1 --timeout=0.2 one two three 2> err || fail=1
cat err
grep -w 1 err || fail=1
returns_ 124 timeout -s KILL 10 \
  mqsend -p $name --timeout=0 four 2> err || fail=1
cat err
grep -w 0 err || fail=1
mqrecv -p $name --timeout=0 > out || fail=1
echo one > exp || framework_failure_
compare exp out || fail=1
returns_ 124 mqrecv -p $name --timeout=0 || fail=1

# A blocked mqsend goes on when room is made.
mqsend -p $name one || fail=1
timeout 10 mqsend -p $name two > /dev/null 2> err & pid=$!; bg_ $pid
timeout -s KILL 10 mqrecv -p $name > out || fail=1
wait $pid || fail=1
mqrecv -p $name --timeout=0 >> out || fail=1
printf 'one\ntwo\n' > exp || framework_failure_
compare exp out || fail=1

Exit $fail
