#!/bin/sh
# sigwait locks its pidfile while it lives, and never removes a file that replaced it

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
print_ver_ sigwait sigsend

# A live sigwait's pidfile is locked: --locked signals it.
timeout 10 sigwait --pidfile=pid USR1 > out & w=$!; bg_ $w
pid=$(pidfile_pid_ pid) || fail=1
sigsend -s USR1 --locked --pidfile=pid || fail=1
wait $w || fail=1
echo USR1 > exp; compare exp out || fail=1
test -e pid && fail=1

# The locked pidfile names another process: refused.
sleep 60 & victim=$!; bg_ $victim
timeout 10 sigwait --pidfile=pid USR1 > out & w=$!; bg_ $w
pid=$(pidfile_pid_ pid) || fail=1
echo $victim > pid
returns_ 1 sigsend --pidfile=pid 2> err || fail=1
grep "refusing stale pidfile 'pid': it names process $victim, but process $pid holds its lock" \
  err > /dev/null || { cat err; fail=1; }
kill -0 $victim || fail=1
kill -s USR1 $pid; wait $w

# A pidfile left by a killed sigwait is not locked.
timeout 10 sigwait --pidfile=pid USR1 > out & w=$!; bg_ $w
pid=$(pidfile_pid_ pid) || fail=1
kill -s KILL $pid; wait $w
returns_ 1 sigsend -s 0 --locked --pidfile=pid 2> err || fail=1
grep "no process holds a lock" err > /dev/null || { cat err; fail=1; }
rm -f pid

# Replace the pidfile before sigwait exits, trying to give the new file
# the old inode number, as a file system that reuses inode numbers at
# once may do: sigwait must not remove it.
for i in 1 2 3 4 5 6 7 8 9 10; do
  timeout 10 sigwait --pidfile=pid USR1 > out & w=$!; bg_ $w
  pid=$(pidfile_pid_ pid) || fail=1
  ino=$(stat -c %i pid)
  rm pid
  for j in 1 2 3 4 5 6 7 8; do
    echo other > cand$j
    test "$(stat -c %i cand$j)" = "$ino" && break
  done
  mv cand$j pid && rm -f cand*
  kill -s USR1 $pid; wait $w || fail=1
  test -f pid || { echo "try $i: sigwait removed the file that replaced its pidfile"; fail=1; }
  echo other > exp; compare exp pid || fail=1
  rm -f pid
done

Exit $fail
