#!/bin/sh
# sigwait -v sees the value that procps kill --queue sends

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

test -x /usr/bin/kill || skip_ 'no /usr/bin/kill'
/usr/bin/kill --help 2>&1 | grep -e --queue > /dev/null \
  || skip_ '/usr/bin/kill has no --queue option'

timeout 10 sigwait -v --pidfile=pid USR1 > out & bg_ $!
pid=$(pidfile_pid_ pid) || fail=1
/usr/bin/kill -s USR1 --queue 42 "$pid" || fail=1
wait $! || fail=1
sed 's/ pid=[1-9][0-9]* / pid=P /' out > got
echo "USR1 $(sigsend -l USR1) queue pid=P uid=$(id -u) value=42" > exp
compare exp got || fail=1

Exit $fail
