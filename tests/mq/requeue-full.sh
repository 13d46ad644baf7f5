#!/bin/sh
# a message mqrecv cannot write (/dev/full) is put back on its queue

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

test -w /dev/full || skip_ 'no /dev/full'
fresh_key_

mqsend -k $key -t 9 hello || fail=1
returns_ 1 timeout -s KILL 10 mqrecv -k $key > /dev/full 2> err || fail=1
cat err
grep 'write error: No space left on device' err || fail=1
mqrecv -k $key -T --timeout=0 > out || fail=1
printf '9\thello\n' > exp || framework_failure_
compare exp out || fail=1

# With -c and -f too: nothing is lost.
mqsend -k $key -t 3 a || fail=1
mqsend -k $key -t 4 b || fail=1
returns_ 1 timeout -s KILL 10 mqrecv -k $key -c 2 > /dev/full 2> /dev/null \
  || fail=1
returns_ 1 timeout 10 mqrecv -k $key -f > /dev/full 2> /dev/null || fail=1
mqrecv -k $key -T -c 2 --timeout=0 | sort > out || fail=1
printf '3\ta\n4\tb\n' > exp || framework_failure_
compare exp out || fail=1
returns_ 124 mqrecv -k $key --timeout=0 || fail=1

# POSIX: the priority is kept.
if posix_mq_; then
  fresh_name_
  mqsend -p $name -t 7 seven || fail=1
  returns_ 1 timeout -s KILL 10 mqrecv -p $name > /dev/full 2> /dev/null \
    || fail=1
  mqrecv -p $name -T --timeout=0 > out || fail=1
  printf '7\tseven\n' > exp || framework_failure_
  compare exp out || fail=1
fi

Exit $fail
