#!/bin/sh
# mqsend --typed reads what mqrecv -T writes: each message's type or priority

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

# Types are kept, message by message; a tab in a message is its own.
printf '7\tseven\n1\tone\t1\n300\t\n7\tagain\n' > in || framework_failure_
mqsend -k $a --typed < in || fail=1
mqrecv -k $a -T -c 4 --timeout=0 > out || fail=1
compare in out || fail=1
mqsend -k $a -T < in || fail=1
mqrecv -k $a -t 300 -T --timeout=0 > out || fail=1
printf '300\t\n' > exp; compare exp out || fail=1
mqrecv -k $a -t 7 -c 2 --timeout=0 > out || fail=1
printf 'seven\nagain\n' > exp; compare exp out || fail=1
mqrecv -k $a -T --timeout=0 > out || fail=1
printf '1\tone\t1\n' > exp; compare exp out || fail=1

# The relay of lines: mqrecv -T | mqsend --typed, and -z.
mqsend -k $a -T < in || fail=1
mqrecv -k $a -T -c 4 --timeout=0 | mqsend -k $b --typed || fail=1
mqrecv -k $b -T -c 4 --timeout=0 > out || fail=1
compare in out || fail=1
printf '2\tx\ny\0003\t\n\000' > inz || framework_failure_
mqsend -k $a -T -z < inz || fail=1
mqrecv -k $a -T -z -c 2 --timeout=0 > out || fail=1
cmp inz out || fail=1

# POSIX priorities: the highest first, as mq_receive gives them.
if posix_mq_visible_; then
  fresh_name_
  printf '0\tlow\n9\thigh\n' | mqsend -p $name --typed || fail=1
  mqrecv -p $name -T -c 2 --timeout=0 > out || fail=1
  printf '9\thigh\n0\tlow\n' > exp; compare exp out || fail=1
  max=$(getconf MQ_PRIO_MAX 2>/dev/null || echo 32768)
  printf '1\tok\n%s\tx\n' $max | returns_ 1 mqsend -p $name -T 2> err \
    || fail=1
  grep "record 2: invalid priority '$max'" err || { cat err; fail=1; }
  mqrecv -p $name --timeout=0 > out || fail=1
  echo ok > exp; compare exp out || fail=1
fi

# Bad types are refused, naming the record; those before it are sent,
# none after it.
for bad in 'x' '0' '-1' ' 5' '5 ' '' '99999999999999999999999'; do
  printf '4\tfirst\n%s\tbad\n4\tafter\n' "$bad" > in || framework_failure_
  returns_ 1 mqsend -k $a --typed < in 2> err || fail=1
  grep "^mqsend: standard input, record 2: invalid message type" err \
    || { cat err; fail=1; }
  mqrecv -k $a -T -f --timeout=0 > out
  printf '4\tfirst\n' > exp; compare exp out || fail=1
done
printf '4\tfirst\nno tab\n4\tafter\n' | returns_ 1 mqsend -k $a -T 2> err \
  || fail=1
echo 'mqsend: standard input, record 2: no tab after the type' > exp
compare exp err || fail=1
returns_ 124 mqrecv -k $a -T -f --timeout=0 > out || fail=1
printf '4\tfirst\n' > exp; compare exp out || fail=1

# Conflicts.
returns_ 1 mqsend -k $a --typed -t 3 < /dev/null 2> err || fail=1
grep -- '--type and --typed' err || fail=1
returns_ 1 mqsend -k $a --typed msg 2> err || fail=1
grep -- '--typed does not read standard input' err || fail=1

Exit $fail
