#!/bin/sh
# udscat -l --timeout is a deadline: refused peers connecting again and again do not put it off

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
print_ver_ udscat
me=$(id -u)
other=$(expr $me + 1)
limit=$(slow_ 2)

# now_: the time, in seconds since the epoch, with a fraction.
now_ () { date +%s.%N; }

start=$(now_)
udscat -l --allow-uid=$other --timeout=$limit s < /dev/null > /dev/null \
  2> err & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_

# A refused peer connects every 50 ms (the step of poll_until_) until
# the server gives up, which it must do in much less than the 10 s
# that poll_until_ waits at most.
refused_until_gone_ ()
{
  udscat s < /dev/null > /dev/null 2>&1
  gone_ $pid
}
poll_until_ refused_until_gone_ || fail=1
end=$(now_)
wait $pid; st=$?
test $st = 124 || { echo "status $st, not 124"; fail=1; }
grep 'refused a connection' err > /dev/null || fail=1
grep 'timed out after [0-9.]*s waiting for a connection' err || fail=1

# It ended at the deadline, give or take a second (scaled).
elapsed=$(echo "$start $end" | awk '{ print $2 - $1 }')
echo "elapsed: $elapsed s, --timeout=$limit"
echo "$elapsed $limit $(slow_ 1)" \
  | awk '{ exit !($2 - 0.05 <= $1 && $1 <= $2 + $3) }' || fail=1
test -e s && { echo "socket file left"; fail=1; }

Exit $fail
