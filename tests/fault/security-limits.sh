#!/bin/sh
# security: a message or input larger than the limit is refused whole, with no partial effect


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
print_ver_ mqsend mqrecv shmcat mmapcat
require_sysv_ipc_
require_posix_mq_

max=$(cat /proc/sys/kernel/msgmax) || framework_failure_
head -c $(expr $max + 1) /dev/zero | tr '\0' a > over || framework_failure_

# System V: the over-long message is not sent, not in part either.
fresh_key_
returns_ 1 mqsend -k $key --whole < over 2> err || fail=1
grep 'exceeds' err > /dev/null || { cat err; fail=1; }
returns_ 124 mqrecv -k $key --timeout=0 || fail=1
# A line too long among lines: those before it are sent, it is not.
{ echo before; cat over; echo; echo after; } > lines
returns_ 1 mqsend -k $key < lines 2> err || fail=1
mqrecv -k $key --timeout=0 > out || fail=1
echo before > exp; compare exp out || fail=1
returns_ 124 mqrecv -k $key --timeout=0 || fail=1

# POSIX: a queue of 16-byte messages.
fresh_name_
returns_ 1 mqsend -p $name --max-size=16 --max-messages=2 \
  0123456789abcdefX 2> err || fail=1
returns_ 124 mqrecv -p $name --timeout=0 || fail=1

# shmcat: input that does not fit writes nothing, creates nothing.
fresh_key_
seq 100 | returns_ 1 shmcat -w -k $key -s 16 2> err || fail=1
test -z "$(ipcs -m | grep "$(printf '0x%08x' $key)")" \
  || { echo "shmcat created a segment"; fail=1; }
printf 0123456789abcdef | shmcat -w -k $key || framework_failure_
seq 100 | returns_ 1 shmcat -w -k $key 2> err || fail=1
seq 100 | returns_ 1 shmcat -w -k $key -o 8 2> err || fail=1
printf 0123456789abcdef > exp
shmcat -k $key > out || fail=1
compare exp out || { echo "shmcat wrote part of the input"; fail=1; }

# mmapcat --length: input longer than the length writes nothing.
printf 0123456789abcdef > file
seq 100 | returns_ 1 mmapcat -w -l 4 file 2> err || fail=1
compare exp file || { echo "mmapcat wrote part of the input"; fail=1; }

Exit $fail
