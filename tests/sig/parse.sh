#!/bin/sh
# sigwait and sigsend take signal names in any case, with or without SIG

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

# Send by number, wait by name in each spelling; sigwait prints the
# name as "kill -l" does.
usr1=$(sigsend -l USR1) || fail=1
rt2=$(sigsend -l RTMIN+2) || fail=1
for spec in USR1 SIGUSR1 usr1 sigUsr1 $usr1 RTMIN+2 rtmin+2 SIGRTMIN+2 $rt2; do
  case $spec in
    *[Uu][Ss][Rr]1 | $usr1) num=$usr1 exp=USR1 ;;
    *) num=$rt2 exp=RTMIN+2 ;;
  esac
  rm -f pid out
  timeout 10 sigwait --pidfile=pid "$spec" > out & bg_ $!
  pid=$(pidfile_pid_ pid) || { echo "$spec: no pidfile"; fail=1; continue; }
  sigsend -s "$num" "$pid" || fail=1
  wait $! || { echo "sigwait $spec failed"; fail=1; }
  echo "$exp" > exp
  compare exp out || { echo "sigwait $spec"; fail=1; }
done

# sigsend takes the same spellings: the send itself fails, for want
# of a process.
nopid=2147483647
for spec in TERM SIGTERM term sigterm 15 rtmax-1 RTMIN 0; do
  returns_ 1 sigsend -s "$spec" $nopid 2> err || fail=1
  grep 'No such process' err > /dev/null || { echo "-s $spec"; fail=1; }
done

# Not signals.
for spec in '' SIG USR3 EXIT 'RTMIN+ 1' RTMIN+99 RTMAX+1 -1 +1 65 SIG10 \
            '10 '; do
  returns_ 1 sigsend -s "$spec" $$ 2> err \
    || { echo "sigsend -s '$spec'"; fail=1; }
  grep 'unknown signal' err > /dev/null || fail=1
  returns_ 1 sigwait --timeout=0 -- "$spec" 2> err \
    || { echo "sigwait '$spec'"; fail=1; }
  grep 'unknown signal' err > /dev/null || fail=1
done

Exit $fail
