#!/bin/sh
# sigwait -- COMMAND: exit 127 or 126 when COMMAND cannot run, 1 when it fails

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

returns_ 127 timeout 10 sigwait USR1 -- no-such-command-ipcutils 2> err \
  || fail=1
grep 'no-such-command-ipcutils' err > /dev/null || fail=1

echo 'echo hi' > not-executable || framework_failure_
chmod a-x not-executable || framework_failure_
returns_ 126 timeout 10 sigwait USR1 -- ./not-executable 2> err || fail=1
grep 'not-executable' err > /dev/null || fail=1

# A failing COMMAND ends the wait, whose signal will never come.
returns_ 1 timeout 10 sigwait USR1 -- sh -c 'exit 3' > out 2> err || fail=1
grep 'exit status 3' err > /dev/null || fail=1
compare /dev/null out || fail=1
returns_ 1 timeout 10 sigwait USR1 -- sh -c 'kill -s TERM $$' 2> err || fail=1
grep 'signal TERM' err > /dev/null || fail=1

# A COMMAND that succeeds leaves sigwait waiting.
returns_ 124 timeout 10 sigwait --timeout=0.5 USR1 -- true || fail=1

# sigwait prints without waiting for COMMAND to end.  COMMAND, left
# running, is ended at exit.
returns_ 0 timeout 10 sigwait USR1 -- \
  sh -c 'echo $$ > cmd.pid; kill -s USR1 $SIGWAIT_PID; exec sleep 30' \
  > out || fail=1
echo USR1 > exp
compare exp out || fail=1
test -s cmd.pid && bg_ $(cat cmd.pid)

returns_ 1 sigwait USR1 -- 2> err || fail=1
grep 'missing command' err > /dev/null || fail=1

Exit $fail
