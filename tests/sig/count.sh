#!/bin/sh
# sigwait -c N waits for N signals, printing a line for each

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

timeout 10 sigwait -c 3 --pidfile=pid USR1 USR2 RTMIN > out & w=$!; bg_ $w
pid=$(pidfile_pid_ pid) || fail=1
sigsend -s USR2 "$pid" || fail=1
poll_until_ lines_at_least_ 1 out || fail=1
sigsend -s RTMIN "$pid" || fail=1
poll_until_ lines_at_least_ 2 out || fail=1
sigsend -s USR1 "$pid" || fail=1
wait $w || fail=1
printf 'USR2\nRTMIN\nUSR1\n' > exp
compare exp out || fail=1

# Real-time signals queue: with four sent at once, -c 2 reports the
# first two (once sigwait is gone, the last sends may fail).
timeout 10 sigwait -c 2 --pidfile=pid RTMIN > out & w=$!; bg_ $w
pid=$(pidfile_pid_ pid) || fail=1
sigsend -s RTMIN "$pid" "$pid" "$pid" "$pid" 2> /dev/null
wait $w || fail=1
printf 'RTMIN\nRTMIN\n' > exp
compare exp out || fail=1

returns_ 1 sigwait -c 0 USR1 2> err || fail=1
returns_ 1 sigwait -c 2 -f USR1 2> err || fail=1
grep 'cannot be used together' err > /dev/null || fail=1

Exit $fail
