#!/bin/sh
# security: every integer option is range-checked: no negative, overflowing or huge values, and nothing created


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
print_ver_ mqsend mqrecv shmcat mmapcat fifocat udscat sigsend sigwait
require_sysv_ipc_

fresh_key_
huge=99999999999999999999999
# bad_ CMD...: CMD must fail with status 1 and a diagnostic.
bad_ ()
{
  timeout 10 "$@" < /dev/null > /dev/null 2> err
  s_=$?
  test $s_ = 1 || { echo "status $s_: $*"; fail=1; }
  test -s err || { echo "no diagnostic: $*"; fail=1; }
}

for v in -1 0 $huge 0x8000000000000000 -4294967297 1e3 '' 1x; do
  bad_ mqsend -k $key -t "$v" x
  bad_ mqrecv -k $key -c "$v" --timeout=0
  bad_ mqrecv -k $key -b "$v" --timeout=0
  bad_ shmcat -w -k $key -s "$v"
  bad_ sigwait -c "$v" USR1
  bad_ udscat -l -k --max-clients="$v" s cat
done
for v in -1 $huge 8E 1e3 ''; do
  bad_ shmcat -k $key -o "$v"
  bad_ shmcat -k $key -l "$v"
  bad_ mmapcat -o "$v" /dev/null
  bad_ mmapcat -l "$v" /dev/null
done
for v in -1 0 $huge 0x7fffffffffffffff1; do
  bad_ mqsend -p /x$$ --max-size="$v" x
  bad_ mqsend -p /x$$ --max-messages="$v" x
done
for v in 0 256 -1 $huge; do
  bad_ mqsend -k /dev/null --proj-id="$v" x
done
for v in 0 4294967296 -2147483649 $huge; do
  bad_ mqsend -k "$v" x
done
for v in -1 2147483648 $huge; do
  bad_ mqrecv -i "$v" --timeout=0
done
for v in 2147483648 -2147483649 $huge; do
  bad_ sigsend -s USR1 -q "$v" $$
done
for v in -1 1e999999x nan -0.5 1y; do
  bad_ mqrecv -k $key --timeout="$v"
done
bad_ sigsend -s 65536 $$
bad_ sigsend -s RTMIN+999 $$
bad_ sigsend -s USR1 -- -2147483649
bad_ sigsend -s USR1 99999999999

# None of that made an object.
test -z "$(msq_id_ $key)" || { echo "a queue was created"; fail=1; }
test -z "$(ipcs -m | grep "$(printf '0x%08x' $key)")" || { echo "a segment was created"; fail=1; }
mq_exists_ /x$$ && { echo "a POSIX queue was created"; fail=1; remove_mq_ /x$$; }
test -e s && { echo "a socket was created"; fail=1; }

Exit $fail
