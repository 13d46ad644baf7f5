#!/bin/sh
# mqrecv COMMAND --timeout: every message handled, then 124 once none came for the duration (System V and POSIX)

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

mq_queues_
printf '%s\n' one three two > exp || framework_failure_
set -- $queues
while test $# -gt 0; do
  q="$1 $2"; shift 2
  rm -f log
  mqsend $q one two three || fail=1
  returns_ 124 timeout 30 mqrecv $q -f --timeout=0.5 -j 2 \
    -- sh -c 'm=$(cat) && echo "$m" >> log' || fail=1
  sort log | compare exp - || fail=1
  returns_ 124 mqrecv $q --timeout=0 || fail=1
  # Nothing at all: 124 at once, no COMMAND run.
  returns_ 124 timeout 30 mqrecv $q --timeout=0 -- sh -c ': > ran' || fail=1
  test -e ran && { echo "$q: a COMMAND ran"; fail=1; }
done

Exit $fail
