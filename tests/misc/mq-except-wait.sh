#!/bin/sh
# mqrecv --except waits past messages of the excluded type, keeps them in order, and takes the next other one

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

# Where the system lacks MSG_EXCEPT (not Linux), mq.c emulates it by
# rotating the messages of the excluded type; tests/check-fallbacks
# runs this test in such a build.
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ mqsend mqrecv
require_sysv_ipc_

fresh_key_
mqsend -k $key -t 5 a || framework_failure_
mqsend -k $key -t 5 b || framework_failure_

# Nothing but type 5: --except waits until the timeout, taking nothing.
returns_ 124 timeout 10 mqrecv -k $key -x -t 5 --timeout=0.3 || fail=1

# A message of another type, sent while it waits, is taken.
timeout 20 mqrecv -k $key -x -t 5 -T --timeout=15 > out 2> err &
pid=$!
bg_ $pid
# Send once it waits (past the two messages of type 5); should the
# poll give up, it takes the message all the same.
poll_until_ waiting_ $pid mqrecv
mqsend -k $key -t 7 c || fail=1
wait $pid || { cat err; fail=1; }
printf '7\tc\n' > exp || framework_failure_
compare exp out || fail=1

# The two messages of type 5 are still there, in their order.
for m in a b; do
  printf '5\t%s\n' $m > exp || framework_failure_
  mqrecv -k $key -T --timeout=0 > out || fail=1
  compare exp out || fail=1
done
returns_ 124 mqrecv -k $key --timeout=0 || fail=1

Exit $fail
