#!/bin/sh
# sigsend -PGID reaches sigwait in a process group whose shell ignores it

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

# The shell ignores USR1; sigwait, in its process group, waits for it
# all the same.  A new session keeps the signal away from the test.
setsid sh -c 'trap "" USR1
              sigwait --pidfile=pid USR1 > out; echo "sigwait $?" >> out
              sigwait --pidfile=pid2 USR1 >> out; echo "sigwait $?" >> out
              echo shell alive >> out' &
bg_ $!
pid=$(pidfile_pid_ pid) || fail=1
pgid=$(pgid_ "$pid") || fail=1
test -n "$pgid" && bg_group_ "$pgid"
test "$pgid" != "$(pgid_ $$)" || framework_failure_

# -PGID is a target, not an option; "--" works too.
sigsend -s USR1 -"$pgid" || fail=1
pid2=$(pidfile_pid_ pid2) || fail=1
sigsend -s USR1 -- -"$pgid" || fail=1
poll_until_ grep -x 'shell alive' out > /dev/null || fail=1

cat > exp <<'E'
USR1
sigwait 0
USR1
sigwait 0
shell alive
E
compare exp out || fail=1

Exit $fail
