#!/bin/sh
# sigwait -f writes a line per signal at once, until interrupted

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

# Through a pipe: each line must be written out as its signal arrives.
mkfifo fifo || framework_failure_
{ timeout 20 sigwait -f -v --pidfile=pid USR1 RTMAX-1 > fifo
  echo $? > status; } &
bg_ $!
exec 3< fifo
pid=$(pidfile_pid_ pid) || fail=1
i=0
for sig in USR1 RTMAX-1 USR1 USR1 RTMAX-1; do
  i=$(expr $i + 1)
  sigsend -s $sig -q $i "$pid" || fail=1
  read line <&3 || { fail=1; break; }
  case $line in
    "$sig "*" value=$i") ;;
    *) echo "got '$line' for $sig $i"; fail=1 ;;
  esac
done

# TERM, not waited for, ends it: it dies of TERM and removes its pidfile.
sigsend "$pid" || fail=1
cat <&3 > rest
exec 3<&-
poll_until_ test -s status || fail=1
test "$(cat status)" = 143 || { cat status; fail=1; }
compare /dev/null rest || fail=1
test -e pid && fail=1

Exit $fail
