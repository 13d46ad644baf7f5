#!/bin/sh
# type selection is refused for POSIX queues; mqsend -t is the priority

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

mqsend -p $name -t 4 m || fail=1
for opt in '-t 4' '-t -4' '-x -t 1'; do
  returns_ 1 mqrecv -p $name --timeout=0 $opt > out 2> err || fail=1
  cat err
  test -s err || fail=1
  compare /dev/null out || fail=1
done
# The message is still there, with its priority.
mqrecv -p $name -T --timeout=0 > out || fail=1
printf '4\tm\n' > exp || framework_failure_
compare exp out || fail=1

Exit $fail
