#!/bin/sh
# bad signals and targets are diagnosed with exit status 1

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

nopid=2147483647

# check_ STATUS PATTERN COMMAND...: COMMAND exits with STATUS and says
# PATTERN on standard error.
check_ ()
{
  st_=$1 pat_=$2; shift 2
  returns_ $st_ "$@" > out 2> err || { echo "status: $*"; fail=1; }
  grep -e "$pat_" err > /dev/null || { echo "message: $*"; cat err; fail=1; }
}

check_ 1 'unknown signal' sigsend -s NOSUCH $$
check_ 1 'invalid target' sigsend -s 0 abc
check_ 1 'invalid target' sigsend -s 0 12x
check_ 1 'invalid target' sigsend -s 0 ''
check_ 1 'invalid target' sigsend -s 0 -- -0
check_ 1 'invalid target' sigsend -s 0 99999999999999999999
check_ 1 'every process' sigsend -s 0 -- -1
check_ 1 'process group' sigsend -s USR1 -q 1 0
check_ 1 "process $nopid: No such process" sigsend -s 0 $nopid
check_ 1 'missing target' sigsend
check_ 1 'cannot open pidfile' sigsend -s 0 --pidfile=no-such-file
echo garbage > junk.pid
check_ 1 'does not hold a process ID' sigsend -s 0 --pidfile=junk.pid

# A bad operand stops everything before any signal is sent.
check_ 1 'invalid target' sigsend -s 0 $$ bad

# Some targets failed, others not: each failure is named, and a summary.
check_ 1 "process $nopid" sigsend -s 0 $$ $nopid
grep "sent to 1 of 2 targets" err > /dev/null || fail=1

# Permission denied, when not root.
if test "$(id -u)" != 0; then
  check_ 1 'Operation not permitted' sigsend -s 0 1
fi

check_ 1 'cannot be caught' sigwait KILL
check_ 1 'cannot be caught' sigwait USR1 sigstop
check_ 1 'signal 0' sigwait 0
check_ 1 'unknown signal' sigwait NOSUCH
check_ 1 'options must come before' sigwait USR1 --timeout=1
check_ 1 'missing signal' sigwait
check_ 1 'missing signal' sigwait -- -- true
check_ 1 'invalid count' sigwait -c x USR1
check_ 1 'Try' sigsend --no-such-option
check_ 1 'Try' sigwait --no-such-option USR1

Exit $fail
