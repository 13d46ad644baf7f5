#!/bin/sh
# sigsend -l 0 and -s 0 -0 name the null signal and the bad target; sigwait says why it exits with 124

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
print_ver_ sigsend sigwait

sigsend -l 0 > out || fail=1
echo 0 > exp; compare exp out || fail=1

returns_ 1 sigsend -s 0 -0 2> err || fail=1
echo "sigsend: invalid target '-0': not a process ID, 0 or -PGID" > exp
compare exp err || fail=1
returns_ 1 sigsend -s 0 -12x 2> err || fail=1
grep "invalid target '-12x'" err > /dev/null || fail=1

returns_ 124 timeout 10 sigwait --timeout=0 USR1 > out 2> err || fail=1
compare /dev/null out || fail=1
echo "sigwait: timed out after 0s waiting for a signal" > exp
compare exp err || fail=1

timeout 10 sigwait --timeout=$(slow_ 1) -c 3 --pidfile=pid USR1 > out 2> err &
w=$!; bg_ $w
pid=$(pidfile_pid_ pid) || fail=1
sigsend -s USR1 "$pid" || fail=1
wait $w; test $? = 124 || fail=1
grep -x "sigwait: timed out after [0-9.]*s waiting for a signal: 1 of 3 arrived" \
  err || fail=1

Exit $fail
