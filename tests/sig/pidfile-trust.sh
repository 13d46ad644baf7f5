#!/bin/sh
# sigsend --pidfile refuses, without waiting, a pidfile that is not a regular file, that others may write, or that is stale

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
print_ver_ sigsend

sleep 60 & victim=$!; bg_ $victim
umask 022

# A FIFO: refused at once, not waited for.
mkfifo fifo || framework_failure_
returns_ 1 timeout 10 sigsend --pidfile=fifo 2> err || fail=1
grep "refusing pidfile 'fifo': it is not a regular file" err > /dev/null \
  || { cat err; fail=1; }

# Writable by others, or by a group that is not ours.
echo $victim > ww && chmod 646 ww || framework_failure_
returns_ 1 sigsend --pidfile=ww 2> err || fail=1
grep "refusing pidfile 'ww': other users may write it" err > /dev/null \
  || { cat err; fail=1; }
if test "$(id -u)" = 0; then
  echo $victim > gw && chmod 664 gw && chgrp 65534 gw || framework_failure_
  returns_ 1 sigsend --pidfile=gw 2> err || fail=1
  grep "refusing pidfile 'gw': other users may write it" err > /dev/null \
    || { cat err; fail=1; }
  echo $victim > other && chown 65534 other || framework_failure_
  returns_ 1 sigsend --pidfile=other 2> err || fail=1
  grep "refusing pidfile 'other': it is owned by uid 65534" err > /dev/null \
    || { cat err; fail=1; }
fi
kill -0 $victim || { echo "a refused pidfile's process was signalled"; fail=1; }

# Stale: written before its process started (the ID was reused).
echo $victim > old && touch -d '2001-01-01' old || framework_failure_
returns_ 1 sigsend -s 0 --pidfile=old 2> err || fail=1
grep "refusing stale pidfile 'old': process $victim started after" err \
  > /dev/null || { cat err; fail=1; }

# A good pidfile works; with --locked, it needs a lock.
echo $victim > good || framework_failure_
sigsend -s 0 --pidfile=good || fail=1
returns_ 1 sigsend -s 0 --locked --pidfile=good 2> err || fail=1
grep "refusing stale pidfile 'good': no process holds a lock" err > /dev/null \
  || { cat err; fail=1; }

Exit $fail
