#!/bin/sh
# a POSIX queue over the per-user limit of queue memory (ulimit -q) is not made: mqsend and mqrecv say which limit, and send nothing

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
require_posix_mq_
command -v prlimit > /dev/null || skip_ 'prlimit is not installed'

fresh_name_
for cmd in "mqsend -p $name x" "mqrecv -p $name --timeout=0"; do
  returns_ 1 prlimit --msgqueue=0 $cmd > out 2> err || { echo "$cmd: status"; fail=1; }
  grep 'cannot create message queue .*: the per-user limit of queue memory (RLIMIT_MSGQUEUE, ulimit -q) is reached' \
    err > /dev/null || { cat err; fail=1; }
  compare /dev/null out || fail=1
  mq_exists_ $name && { echo "$cmd: a queue was made"; fail=1; }
done

Exit $fail
