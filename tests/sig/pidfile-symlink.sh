#!/bin/sh
# sigwait --pidfile replaces a planted symlink instead of following it

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

echo precious > victim || framework_failure_
ln -s victim pid || framework_failure_

timeout 10 sigwait --pidfile=pid USR1 > out & w=$!; bg_ $w
poll_until_ test ! -h pid || fail=1
pid=$(cat pid)
# sigwait itself, the child of timeout (under valgrind, comm is not
# "sigwait", but the process is the same).
test "$(ps -o ppid= -p "$pid" | tr -d ' ')" = "$w" || fail=1
echo precious > exp
compare exp victim || fail=1
sigsend -s USR1 "$pid" || fail=1
wait $w || fail=1
compare exp victim || fail=1
test -e pid && fail=1

# A pidfile in a missing directory is diagnosed.
returns_ 1 sigwait --pidfile=no/such/dir/pid USR1 2> err || fail=1
grep 'no/such/dir/pid' err > /dev/null || fail=1

Exit $fail
