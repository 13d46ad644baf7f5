#!/bin/sh
# mqrecv -f -T --netstring | mqsend --typed --netstring relays exactly, in order

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

n=$(scaled_ 3000)

# relay_ IN FROM TO [MQRECV-OPTION]: send the typed netstrings IN to
# FROM, relay FROM into TO as the issue does, take them out of TO: the
# same bytes, in the same order.
relay_ ()
{
  timeout $T mqsend $2 -T --netstring < $1 & bg_ $!
  rm -f fifo; mkfifo fifo || framework_failure_
  timeout $T mqrecv $2 -f -T --netstring $4 > fifo 2> rerr & r=$!
  timeout $T mqsend $3 --typed --netstring < fifo 2> serr & s=$!
  bg_ $r $s
  timeout $T mqrecv $3 -c $n -T --netstring > out || fail=1
  cmp $1 out || { echo "relay $2 $3 $4: the messages differ"; fail=1; }
  # The relay ends when mqrecv is stopped, which loses nothing.
  poll_until_ sleeping_ $r || fail=1
  kill -s TERM $(program_ $r) || fail=1
  wait $s || fail=1
  wait $r
  test $? = 143 || fail=1
  cat rerr serr
  test -s serr && fail=1
  returns_ 124 mqrecv $2 --timeout=0 || fail=1
  returns_ 124 mqrecv $3 --timeout=0 || fail=1
}

# System V into System V, five types; by hand-over and in batches.
netstrings_ $n 5 > in || framework_failure_
relay_ in "-k $a" "-k $b"
relay_ in "-k $a" "-k $b" --batch

# System V into POSIX: one priority, so that the order is kept.
if posix_mq_visible_; then
  fresh_name_
  netstrings_ $n 1 > in1 || framework_failure_
  relay_ in1 "-k $a" "-p $name"
  relay_ in1 "-p $name" "-k $b" --batch
fi

# The example of mqsend --help and of the manual, as written there.
mqsend --help | sed -n 's/^  \(mqrecv .*--netstring\)$/\1/p' > cmd \
  || framework_failure_
test "$(wc -l < cmd)" = 1 || { cat cmd; framework_failure_; }
# The manual shows the same line.
grep -Fx -f cmd "$abs_top_srcdir/doc/mq.texi" || fail=1
sed "s/-k 1 -f/-k $a -f --timeout=$(slow_ 1)/; s|-p /q|-k $b|" cmd > c1 \
  || framework_failure_
cat c1
netstrings_ 5 3 > in5 || framework_failure_
mqsend -k $a -T --netstring < in5 || fail=1
timeout $T sh c1 || fail=1
mqrecv -k $b -f -T --timeout=0 --netstring > out
cmp in5 out || fail=1

# The manual's example of a typed netstring: its commands, then its
# output.
extract_example_ beyond.texi netstring-typed.txt || framework_failure_
sed -n 's/^\$ //p' netstring-typed.txt | sed "s/123456/$a/" > c2 \
  || framework_failure_
sed '/^\$ /d' netstring-typed.txt > exp || framework_failure_
test "$(wc -l < c2)" = 2 || framework_failure_
{ timeout $T sh c2 && echo; } > out || fail=1
compare exp out || fail=1

# The framings of mqrecv exclude each other; a COMMAND frames nothing.
for o in -z -r; do
  returns_ 1 mqrecv -k $a --netstring $o 2> err || fail=1
  grep -- '--netstring cannot be used with' err || fail=1
done
returns_ 1 mqrecv -k $a --netstring cat 2> err || fail=1
grep -- 'do not apply with a COMMAND' err || fail=1

Exit $fail
