#!/bin/sh
# the README's job-queue examples, as written there (with a fresh queue, and workers that end when the queue stays empty)

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
# The example lines, the queue renamed; the workers follow for ever,
# so they stop once the queue has been empty for a while.
sed -n '/^A POSIX queue used as a job queue/,/^A queue made by/p' \
  "$abs_top_srcdir/README" | sed -n 's/^    //p' \
  | sed "s|/jobs|$name|g; s|-f |-f --timeout=$(slow_ 2) |" > lines \
  || framework_failure_
test "$(wc -l < lines)" = 3 || { cat lines; framework_failure_; }

# The first two lines together: every job, in order.
head -n 2 lines > first || framework_failure_
timeout 60 sh first > out 2> err
seq 100 | sed 's/^/doing /' > exp || framework_failure_
compare exp out || fail=1

# The third line, after filling the queue again: every job, once.
seq 100 | mqsend -p $name &
pid=$!; bg_ $pid
tail -n 1 lines > third || framework_failure_
timeout 60 sh third > out 2> err
wait $pid || fail=1
sort -k 2n out > sorted || framework_failure_
compare exp sorted || fail=1

Exit $fail
