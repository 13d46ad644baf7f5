#!/bin/sh
# sigsend -q sends with sigqueue, and sigwait -v shows the value and the sender

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

uid=$(id -u) || framework_failure_
for value in 42 -7 0 2147483647 -2147483648; do
  rm -f pid out
  timeout 10 sigwait -v --pidfile=pid USR1 > out & bg_ $!
  pid=$(pidfile_pid_ pid) || { fail=1; continue; }
  sigsend -s USR1 -q "$value" "$pid" || fail=1
  wait $! || fail=1
  # "NAME NUMBER ORIGIN pid=PID uid=UID value=INT": the sender was a
  # sigsend process of ours, not sigwait.
  sed 's/ pid=[1-9][0-9]* / pid=P /' out > got
  echo "USR1 $(sigsend -l USR1) queue pid=P uid=$uid value=$value" > exp
  compare exp got || fail=1
  grep " pid=$pid " out && fail=1
done

# A plain kill has no value.
rm -f pid out
timeout 10 sigwait -v --pidfile=pid USR2 > out & bg_ $!
pid=$(pidfile_pid_ pid) || fail=1
sigsend -s USR2 "$pid" || fail=1
wait $! || fail=1
sed 's/ pid=[1-9][0-9]* / pid=P /' out > got
echo "USR2 $(sigsend -l USR2) user pid=P uid=$uid" > exp
compare exp got || fail=1

# Out of range.
returns_ 1 sigsend -s USR1 -q 2147483648 $$ 2> err || fail=1
grep 'value' err > /dev/null || fail=1

Exit $fail
