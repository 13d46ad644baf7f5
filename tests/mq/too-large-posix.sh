#!/bin/sh
# a message over the POSIX queue message size: exit 1 naming the limit

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

mqsend -p $name --max-size=100 --max-messages=5 \
  $(printf 'a%.0s' $(seq 100)) || fail=1
returns_ 1 mqsend -p $name before $(printf 'b%.0s' $(seq 101)) 2> err \
  || fail=1
cat err
grep -w 101 err || fail=1
grep -w 100 err || fail=1
mqrecv -p $name -c 2 --timeout=0 > out || fail=1
{ printf 'a%.0s' $(seq 100); echo; echo before; } > exp || framework_failure_
compare exp out || fail=1
returns_ 124 mqrecv -p $name --timeout=0 || fail=1

Exit $fail
