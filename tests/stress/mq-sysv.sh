#!/bin/sh
# 8 senders and 4 receivers, 10,000 messages each sender, one System V queue: nothing lost or doubled


# Copyright (C) 2026 Free Software Foundation, Inc.
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
print_ver_ mqsend mqrecv
. "$srcdir/tests/stress/helpers.sh"
require_sysv_ipc_

st_key_
n=$(st_count_ 10000)
t=$(st_timeout_)
for i in 1 2 3 4 5 6 7 8; do
  seq -f "s$i-%g" $n > in$i || framework_failure_
done
cat in? | sort > exp || framework_failure_

# Each receiver takes a quarter: together they take all, and only
# all, the messages; one that got more would leave another waiting.
per=$(expr 8 \* $n / 4)
mqsend -k $key --no-create x 2>/dev/null && framework_failure_
rpids=
for r in 1 2 3 4; do
  timeout $t mqrecv -k $key -c $per > out$r 2> rerr$r &
  rpids="$rpids $!"
done
st_bg_ $rpids
spids=
for i in 1 2 3 4 5 6 7 8; do
  timeout $t mqsend -k $key < in$i 2> serr$i &
  spids="$spids $!"
done
st_bg_ $spids
st_wait_ sender $spids
st_wait_ receiver $rpids
cat serr? rerr?

sort out? > out || framework_failure_
st_no_dups_ out
compare exp out > /dev/null || { echo "received and sent differ"; fail=1; }
for r in 1 2 3 4; do
  test $(wc -l < out$r) -eq $per || { echo "receiver $r: wrong count"; fail=1; }
done
# Each sender's messages reach each receiver in the order they were sent.
for r in 1 2 3 4; do
  awk -F- '{ if ($2 <= last[$1]) { print "out of order: " $0; exit 1 }
             last[$1] = $2 }' out$r || fail=1
done
returns_ 124 mqrecv -k $key --timeout=0 || fail=1

Exit $fail
