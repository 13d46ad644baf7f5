#!/bin/sh
# a netstring relay stopped half-way: SIGTERM loses nothing, SIGKILL at most the message in flight

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
print_ver_ mqsend mqrecv
require_sysv_ipc_
fresh_key_; a=$key
fresh_key_; b=$key

# Text messages, so that the result can be compared line by line.
n=8000
seq -f 'm%05g' $n | awk '{ printf "%d\t%s\n", 1 + NR % 3, $0 }' > exp \
  || framework_failure_
awk -F '\t' '{ printf "%d:%d,%d:%s,", length ($1), $1, length ($2), $2 }' \
  exp > in || framework_failure_
mkfifo fifo || framework_failure_
empty_ () { test "$(msq_qnum_ $1)" = 0; }

# In each try, the relay mqrecv -k A -f -T --netstring | mqsend -k B
# --typed --netstring runs while a sender fills A and a receiver
# drains B, and one of its two programs is sent SIGKILL or SIGTERM
# once B has passed 20 messages on.  What B received is a prefix of
# what was sent to A, in order; what is neither in B nor left in A
# (drained once the relay ended) was lost.
midflow=0
for try in $(seq 20); do
  case $(expr $try % 4) in
    0) sig=KILL victim=writer ;;
    1) sig=KILL victim=reader ;;
    2) sig=TERM victim=writer ;;
    3) sig=TERM victim=reader ;;
  esac
  rm -f outb
  timeout $T mqsend -k $a --typed --netstring < in & p=$!
  timeout $T mqrecv -k $a -f -T --netstring > fifo 2> rerr & r=$!
  timeout $T mqsend -k $b --typed --netstring < fifo 2> serr & s=$!
  timeout $T mqrecv -k $b -f -T > outb & c=$!
  bg_ $p $r $s $c
  poll_until_ lines_at_least_ 20 outb || fail=1
  case $victim in
    writer) kill -s $sig $(program_ $s); v=$s o=$r ;;
    reader) kill -s $sig $(program_ $r); v=$r o=$s ;;
  esac
  # What is left in A goes to OUTA (also the message put back).
  timeout $T mqrecv -k $a -f -T > outa & d=$!
  bg_ $d
  # Both ends of the relay end, promptly.
  poll_until_ gone_ $v || { echo "$victim still there after SIG$sig"; fail=1; }
  poll_until_ gone_ $o || { echo "the other end still there"; fail=1; }
  wait $v; vs=$?
  wait $o; os=$?
  poll_until_ empty_ $b || fail=1
  kill -s TERM $(program_ $c); wait $c
  wait $p || fail=1
  poll_until_ empty_ $a || fail=1
  kill -s TERM $(program_ $d); wait $d
  test $sig = TERM && test $vs != 143 && { echo "$victim: $vs"; fail=1; }
  test $sig = KILL && test $vs != 137 && { echo "$victim: $vs"; fail=1; }
  test $k -lt $n && midflow=$(expr $midflow + 1)

  # B holds the first K messages, in order.
  k=$(wc -l < outb)
  head -n $k exp > expb
  compare expb outb > /dev/null || { echo "try $try: B is not a prefix"; fail=1; }
  # Nothing doubled, nothing new; the lost ones.
  sort outb outa > got
  test -z "$(uniq -d got)" || { echo "try $try: doubled"; fail=1; }
  sort exp | comm -13 - got > extra
  test -s extra && { echo "try $try: unknown messages"; fail=1; }
  sort exp | comm -23 - got > lost
  nlost=$(wc -l < lost)
  echo "try $try: SIG$sig to the $victim after $k messages: $nlost lost" \
    "(status $vs, other end $os)"
  cat rerr serr
  case $sig in
    TERM) test $nlost = 0 || fail=1 ;;
    KILL)
      # At most one: the message the killed program held, the one
      # after the last that B received.
      test $nlost -le 1 || fail=1
      if test $nlost = 1; then
        sed -n "$(expr $k + 1)p" exp | compare - lost || fail=1
      fi ;;
  esac
  # A relay that mqsend left ends with status 1 (its reader left):
  # mqrecv put back the message it could not hand over.
  test $victim = writer && test $os != 1 && { echo "reader: $os"; fail=1; }
done
echo "$midflow of 20 tries stopped the relay half-way"
test $midflow -ge 10 || fail=1

Exit $fail
