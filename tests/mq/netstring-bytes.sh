#!/bin/sh
# --netstring carries every byte value, empty messages, NUL and newline exactly

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
mq_queues_

# One message per byte value, an empty one, one of every byte value,
# and one with NUL, newline, comma, colon and bytes that are not UTF-8.
i=0
while test $i -lt 256; do
  printf "\\$(printf %03o $i)" >> all || framework_failure_
  i=$(expr $i + 1)
done
od -An -v -tu1 all | tr -s ' ' '\n' | sed '/^$/d' | while read b; do
  printf "1:\\$(printf %03o $b),"
done > in || framework_failure_
{ printf '0:,256:'; cat all; printf ',11:a\000b\n,:9\377\376\300\n,'; } >> in \
  || framework_failure_
n=259

set -- $queues
while test $# -gt 0; do
  # Into a file (written as is), through a pipe (handed over one by
  # one) and with --batch: the same bytes.
  for how in file pipe batch; do
    timeout $T mqsend $1 $2 --netstring < in & bg_ $!
    case $how in
      file) timeout $T mqrecv $1 $2 -c $n --netstring > out || fail=1 ;;
      pipe) timeout $T mqrecv $1 $2 -c $n --netstring | cat > out || fail=1 ;;
      batch) timeout $T mqrecv $1 $2 -c $n --netstring --batch | cat > out \
               || fail=1 ;;
    esac
    wait $! || fail=1
    cmp in out || { echo "$1 $how: the messages differ"; fail=1; }
  done
  # Each message is one message of the queue, with its bytes.
  timeout $T mqsend $1 $2 --netstring < in & bg_ $!
  timeout $T mqrecv $1 $2 -c 257 -r > /dev/null || fail=1
  timeout $T mqrecv $1 $2 -r > out1 || fail=1
  timeout $T mqrecv $1 $2 -r > out2 || fail=1
  wait $! || fail=1
  cmp all out1 || fail=1
  printf 'a\000b\n,:9\377\376\300\n' > exp2 || framework_failure_
  cmp exp2 out2 || fail=1
  shift 2
done

Exit $fail
