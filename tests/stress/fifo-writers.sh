#!/bin/sh
# 8 concurrent "fifocat -w --lines" writers into one "fifocat -k" reader: no line mixed, lost or doubled


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
print_ver_ fifocat

t=$(st_timeout_)
n=$(scaled_ 2000)
# Lines of 30 to 300 bytes, and one in eight up to 4000 bytes (PIPE_BUF
# is 4096 on Linux): each says its writer, its number and its length,
# then pads to that length, so that a line made of pieces of two lines
# shows.
for i in 1 2 3 4 5 6 7 8; do
  awk -v w=$i -v n=$n 'BEGIN {
    srand(w); pad = sprintf("%4000s", ""); gsub(/ /, "x", pad)
    for (k = 1; k <= n; k++) {
      len = 30 + int(rand() * (k % 8 ? 270 : 3970))
      head = sprintf("w%d %d %d ", w, k, len)
      print head substr(pad, 1, len - length(head))
    } }' > in$i || framework_failure_
done
cat in? | sort > exp || framework_failure_

fifocat -k fifo > out 2> rerr &
reader=$!; bg_ $reader
poll_until_ test -p fifo || fail=1

pids=
for i in 1 2 3 4 5 6 7 8; do
  timeout $t fifocat -w --lines fifo < in$i 2> werr$i &
  pids="$pids $!"
done
bg_ $pids
st_wait_ writer $pids
cat werr?
total=$(expr 8 \* $n)
poll_until_ lines_at_least_ $total out || { echo "the reader got $(wc -l < out) lines of $total"; fail=1; }
kill $reader; wait $reader

awk '{ if (length($0) != $3 || $0 !~ /^w[1-8] [0-9]+ [0-9]+ x*$/) {
         print "mixed line " NR; exit 1 } }' out || fail=1
sort out > sorted || framework_failure_
st_no_dups_ sorted
compare exp sorted > /dev/null || { echo "lines lost or changed"; fail=1; }
# Each writer's lines come in order.
awk '{ if ($2 <= last[$1]) { print "out of order: " $1 " " $2; exit 1 }
       last[$1] = $2 }' out || fail=1
rm -f fifo

Exit $fail
