#!/bin/sh
# no real-time signal is lost: 50 sent, 50 reported, in order

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

# 60 s: a safety net for a slow (sanitizer, valgrind) build.
timeout 60 sigwait -v -c 50 --pidfile=pid RTMIN+1 > out & w=$!; bg_ $w
pid=$(pidfile_pid_ pid) || fail=1
i=1
while test $i -le 50; do
  sigsend -s RTMIN+1 -q $i "$pid" || fail=1
  i=$(expr $i + 1)
done
wait $w || fail=1

# Each one, with its value, in the order sent.
sed 's/^RTMIN+1 [0-9]* queue pid=[0-9]* uid=[0-9]* value=//' out > got
seq 50 > exp
compare exp got || fail=1

Exit $fail
