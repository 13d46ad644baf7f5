#!/bin/sh
# 16 concurrent clients of "udscat -l -k SOCKET cat": each gets back exactly what it sent


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
print_ver_ udscat

t=$(st_timeout_)
n=$(scaled_ 20000)
udscat -l -k sock sh -c 'echo "peer $UNIXREMOTEPID"; exec cat' 2> serr &
server=$!; bg_ $server
poll_until_ test -S sock || { cat serr; fail=1; }

pids=
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16; do
  seq -f "client $i line %g" $n > in$i || framework_failure_
  timeout $t udscat sock < in$i > out$i 2> err$i &
  pids="$pids $!"; eval pid$i=\$!
done
bg_ $pids
st_wait_ client $pids
cat err*

for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16; do
  eval p=\$pid$i
  # The first line names the client (its timeout(1) parent forked
  # udscat, so the peer is a child of $p; it is enough that there is
  # one line per connection), then the echo, whole and in order.
  sed -n 1p out$i | grep '^peer [0-9][0-9]*$' > /dev/null \
    || { echo "client $i: no greeting"; fail=1; }
  sed 1d out$i > echo$i
  compare in$i echo$i > /dev/null || { echo "client $i: echo differs"; fail=1; }
done
# Sixteen different peers.
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16; do
  sed -n 1p out$i
done | sort -u > greetings
test $(wc -l < greetings) -eq 16 || { echo "greetings"; fail=1; }

# The server goes on serving.
echo still | timeout $T udscat sock > out || fail=1
sed 1d out > echo
echo still > exp
compare exp echo || fail=1
kill $server
wait $server
test -e sock && { echo "socket left behind"; fail=1; }

Exit $fail
