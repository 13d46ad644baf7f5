#!/bin/sh
# 1,000 queued real-time signals to "sigwait -f": each printed once, none lost


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
print_ver_ sigwait sigsend

n=1000
limit=$(ulimit -i 2>/dev/null) || limit=unlimited
test "$limit" = unlimited || test "$limit" -ge $n \
  || skip_ "RLIMIT_SIGPENDING ($limit) is below $n"

sigwait -f --pidfile=w.pid RTMIN+1 > out 2> err &
w=$!; bg_ $w
poll_until_ test -s w.pid || { cat err; fail=1; }
pid=$(cat w.pid)
test "$pid" = $w || { echo "pidfile says $pid, not $w"; fail=1; }

# Stop sigwait, so that all the signals are pending at once and must be
# queued, then let it go.
kill -STOP $w
# One sigsend with 1,000 targets (the same process): 1,000 kill calls.
sigsend -s RTMIN+1 $(yes $w | head -n $n) || fail=1
kill -CONT $w
poll_until_ lines_at_least_ $n out || { echo "sigwait printed $(wc -l < out) of $n"; fail=1; }
yes RTMIN+1 | head -n $n > exp
compare exp out > /dev/null || { echo "output differs"; fail=1; }

# Stopping it is the only way out of -f: it dies of TERM, removes its
# pidfile, and printed nothing more.
kill -TERM $w
wait $w
test $? = 143 || { echo "sigwait did not die of TERM"; fail=1; }
test -e w.pid && { echo "pidfile left behind"; fail=1; }
compare exp out > /dev/null || fail=1

Exit $fail
