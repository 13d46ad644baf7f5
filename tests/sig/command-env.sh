#!/bin/sh
# sigwait runs COMMAND with the signals unblocked, at their default actions

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

test -r /proc/self/status || skip_ 'no /proc/self/status'

# The masks are read by the shell itself with a builtin loop: a shell
# that is waiting for a child (grep) may have every signal blocked
# for a moment (dash blocks them all around sigsuspend).
show='while IFS= read -r l; do
  case $l in SigBlk:*|SigIgn:*) printf "%s\n" "$l";; esac
done < /proc/$$/status'

# The shell ignores USR1; a plain child inherits that.
# Both under timeout(1), which sets INT, QUIT, HUP and TERM to their
# default actions even when the test inherited them ignored.
(trap '' USR1; timeout 10 sh -c "$show" > plain) || framework_failure_
(trap '' USR1
 timeout 10 sigwait --timeout=$(slow_ 5) USR1 -- sh -c "$show > cmd
   echo \$SIGWAIT_PID > swpid; kill -s USR1 \$SIGWAIT_PID" > out) || fail=1
echo USR1 > exp
compare exp out || fail=1

# USR1 (bit 9) is neither blocked nor ignored in COMMAND; everything
# else is as in the plain child (SIGPIPE and the others not changed).
mask () { awk -v k="$1:" '$1 == k { print $2 }' "$2"; }
for k in SigBlk SigIgn; do
  p=$(mask $k plain) && c=$(mask $k cmd) || fail=1
  test -n "$p" && test -n "$c" || fail=1
  test $(( 0x$c & 0x200 )) = 0 || { echo "$k: USR1 in $c"; fail=1; }
  test $(( 0x$c )) = $(( 0x$p & ~0x200 )) || { echo "$k: $p vs $c"; fail=1; }
done

# SIGWAIT_PID was sigwait's process ID: the signal came to it.
test -s swpid || fail=1

Exit $fail
