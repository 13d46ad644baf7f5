#!/bin/sh
# sigwait --timeout exits 124 when no signal arrives, and removes its pidfile

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
print_ver_ sigwait

returns_ 124 timeout 10 sigwait --timeout=0.2 --pidfile=pid USR1 > out \
  || fail=1
compare /dev/null out || fail=1
test -e pid && fail=1
returns_ 124 timeout 10 sigwait --timeout=0 USR1 RTMIN || fail=1

# With --count, the lines of the signals that came stay.
timeout 10 sigwait --timeout=$(slow_ 1) -c 2 --pidfile=pid USR1 > out &
w=$!; bg_ $w
pid=$(pidfile_pid_ pid) || fail=1
sigsend -s USR1 "$pid" || fail=1
wait $w; test $? = 124 || fail=1
echo USR1 > exp
compare exp out || fail=1

returns_ 1 sigwait --timeout=x USR1 2> err || fail=1
grep 'timeout' err > /dev/null || fail=1

Exit $fail
