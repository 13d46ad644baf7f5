#!/bin/sh
# mqsend --netstring refuses malformed input naming the record; sends those before

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
fresh_key_

msgmax=$(cat /proc/sys/kernel/msgmax) || framework_failure_
big=$(expr $msgmax + 1)

# check_ WHAT INPUT [OPTION]: mqsend --netstring OPTION refuses INPUT,
# whose record 2 is malformed, with "record 2: WHAT"; record 1 was
# sent, nothing after it.
check_ ()
{
  printf '%s' "$2" > in || framework_failure_
  returns_ 1 mqsend -k $key --netstring $3 < in 2> err || fail=1
  echo "mqsend: standard input, record 2: $1" > exp
  compare exp err || fail=1
  mqrecv -k $key -f --timeout=0 -T > out
  case $3 in
    -T) printf '5\tfirst\n' > exp ;;
    *) printf '1\tfirst\n' > exp ;;
  esac
  compare exp out || { echo "input: $2"; fail=1; }
}

length='invalid netstring: it does not begin with a length in decimal digits (no leading zero) and a colon'
for bad in 'x:abc,' '03:abc,' '00:,' ':abc,' '3abc,' '-1:a,' ' 3:abc,' \
           '+3:abc,' '3 :abc,' '99999999999999999999999:x,' ','; do
  check_ "$length" "5:first,${bad}3:abc,"
done
check_ 'invalid netstring: no comma after its 3 bytes' '5:first,3:abcd,3:abc,'
check_ 'invalid netstring: no comma after its 0 bytes' '5:first,0:;3:abc,'
check_ 'invalid netstring: no comma after its 3 bytes' '5:first,3:abc
3:abc,'
for cut in '3:ab' '3:abc' '3:' '3' '1' '12345'; do
  check_ 'the input ends inside a netstring' "5:first,$cut"
done

# Typed: two netstrings a record.
check_ 'the input ends after the type' '1:5,5:first,1:5,' -T
check_ 'the input ends inside a netstring' '1:5,5:first,1:5,3:ab' -T
check_ "invalid message type 'x': not a number from 1 to 9223372036854775807" \
  '1:5,5:first,1:x,1:m,1:5,1:n,' -T
check_ "invalid message type '': not a number from 1 to 9223372036854775807" \
  '1:5,5:first,0:,1:m,' -T
check_ "$length" '1:5,5:first,1:5,x' -T

# A length over the queue's limit: refused as soon as it is read (its
# bytes are not waited for), naming the limit.
{ printf '5:first,%s:' $big; head -c $big /dev/zero; printf ',3:abc,'; } \
  > in || framework_failure_
returns_ 1 mqsend -k $key --netstring < in 2> err || fail=1
echo "mqsend: message 2, of size $big, exceeds the limit of $msgmax bytes" \
  "(kernel.msgmax) of message queue key $(printf 0x%08x $key)" > exp
compare exp err || fail=1
mqrecv -k $key -f --timeout=0 > out
echo first > exp; compare exp out || fail=1
printf '5:first,999999999999:' | returns_ 1 timeout 10 mqsend -k $key \
  --netstring 2> err || fail=1
grep 'message 2, of size 999999999999, exceeds the limit' err || fail=1
mqrecv -k $key -f --timeout=0 > out
echo first > exp; compare exp out || fail=1

# The options that frame standard input otherwise conflict.
for o in -z --whole; do
  returns_ 1 mqsend -k $key --netstring $o < /dev/null 2> err || fail=1
  grep -- '--zero-terminated, --whole and --netstring cannot' err || fail=1
done
returns_ 1 mqsend -k $key --netstring a 2> err || fail=1
grep -- '--netstring does not read standard input' err || fail=1
returns_ 124 mqrecv -k $key --timeout=0 || fail=1

Exit $fail
