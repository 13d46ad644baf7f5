#!/bin/sh
# SIGINT and SIGTERM while sigwait waits: it dies of the signal and removes its pidfile


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

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ sigwait

for sig in INT TERM; do
  for mode in "" "-f" "-c 3"; do
    timeout $T sigwait $mode --pidfile=w.pid USR1 > out &
    pid=$!; bg_ $pid
    poll_until_ test -s w.pid || fail=1
    poll_until_ sleeping_ $pid || fail=1
    st_signal_ $sig $pid "sigwait $mode"
    test -e w.pid && { echo "$sig: pidfile left by sigwait $mode"; fail=1; rm -f w.pid; }
    compare /dev/null out || fail=1
  done
done
# No temporary pidfile either.
ls w.pid.* 2>/dev/null && fail=1

Exit $fail
