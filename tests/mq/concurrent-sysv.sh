#!/bin/sh
# four senders and two receivers on one System V queue: nothing lost or doubled

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
# along with this program.  If not, see <https://www.gnu.org/licenses/>.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ mqsend mqrecv
. "$srcdir/tests/mq/helpers.sh"

mq_key_

n=2000
for i in 0 1 2 3; do
  seq $(expr $i \* $n + 1) $(expr $i \* $n + $n) > in$i || framework_failure_
done
cat in0 in1 in2 in3 | sort > exp || framework_failure_

for r in 1 2; do
  timeout 20 mqrecv -k $key -c $(expr 2 \* $n) > out$r 2> err$r &
  eval rpid$r=\$!; mq_bg_ $!
done
for i in 0 1 2 3; do
  timeout 20 mqsend -k $key < in$i 2> serr$i &
  eval spid$i=\$!; mq_bg_ $!
done
for i in 0 1 2 3; do
  eval wait \$spid$i || { cat serr$i; fail=1; }
done
for r in 1 2; do
  eval wait \$rpid$r || { cat err$r; fail=1; }
done

sort out1 out2 > out || framework_failure_
sort out | uniq -d > dups || framework_failure_
compare /dev/null dups || fail=1
compare exp out > /dev/null || { echo received and sent differ; fail=1; }
# Each sender's messages come in its order.
for r in 1 2; do
  for i in 0 1 2 3; do
    grep -x -F -f in$i out$r > got
    sort -n got | cmp - got \
      || { echo "order of sender $i, receiver $r"; fail=1; }
  done
done
returns_ 124 mqrecv -k $key --timeout=0 || fail=1

Exit $fail
