#!/bin/sh
# mqrecv COMMAND: one run per message, the message on its stdin, MQRECV_ variables

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
# along with this program.  If not, see <https://www.gnu.org/licenses/>.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ mqsend mqrecv
require_sysv_ipc_

# What COMMAND sees: its standard input and the MQRECV_ variables.
cat > show <<'EOS' || framework_failure_
od -An -c | tr -s ' ' > "in.$MQRECV_ATTEMPT"
env | grep '^MQRECV_' | sort
cat "in.$MQRECV_ATTEMPT"
EOS

# A user's MQRECV_ variables do not reach COMMAND, others do.
MQRECV_TYPE=stale MQRECV_PRIORITY=stale MQRECV_SIZE=stale MQRECV_OTHER=kept
export MQRECV_TYPE MQRECV_PRIORITY MQRECV_SIZE MQRECV_OTHER

fresh_key_
hex=$(printf '0x%08x' $key)
printf 'one\000two\n' > msg || framework_failure_
mqsend -k $key -t 7 --whole < msg || fail=1
mqsend -k $key -t 9 second || fail=1
# Without --count or --follow, one message; the rest stays queued.
mqrecv -k $key -- sh show > out || fail=1
cat > exp <<EOF2 || framework_failure_
MQRECV_ATTEMPT=1
MQRECV_OTHER=kept
MQRECV_QUEUE=-k $hex
MQRECV_SIZE=8
MQRECV_TYPE=7
 o n e \0 t w o \n
EOF2
compare exp out || fail=1
test "$(msq_qnum_ $key)" = 1 || fail=1

# The first operand starts COMMAND, and -i names the queue by its id.
id=$(msq_id_ $key)
mqrecv -i $id sh show > out || fail=1
cat > exp <<EOF2 || framework_failure_
MQRECV_ATTEMPT=1
MQRECV_OTHER=kept
MQRECV_QUEUE=-i $id
MQRECV_SIZE=6
MQRECV_TYPE=9
 s e c o n d
EOF2
compare exp out || fail=1
test "$(msq_qnum_ $key)" = 0 || fail=1

# The options of COMMAND are its own.
mqsend -k $key x || fail=1
mqrecv -k $key echo -c 1 > out || fail=1
echo '-c 1' > exp || framework_failure_
compare exp out || fail=1

# What does not apply with a COMMAND, or only with one, is refused.
returns_ 1 mqrecv -k $key -r -- cat 2> err || fail=1
grep 'do not apply with a COMMAND' err || fail=1
returns_ 1 mqrecv -k $key -j 2 2> err || fail=1
grep -- '--jobs applies only with a COMMAND' err || fail=1
returns_ 1 mqrecv -k $key --dead-letter=1 -- cat 2> err || fail=1
grep -- '--dead-letter needs --max-attempts' err || fail=1
returns_ 1 mqrecv -k $key -j 0 -- cat 2> err || fail=1

# POSIX: the priority, and the queue by name.
posix_mq_ || Exit $fail
fresh_name_
mqsend -p $name -t 3 --whole < msg || fail=1
mqrecv -p $name -c 1 -- sh show > out || fail=1
cat > exp <<EOF2 || framework_failure_
MQRECV_ATTEMPT=1
MQRECV_OTHER=kept
MQRECV_PRIORITY=3
MQRECV_QUEUE=-p $name
MQRECV_SIZE=8
 o n e \0 t w o \n
EOF2
compare exp out || fail=1
returns_ 124 mqrecv -p $name --timeout=0 || fail=1

Exit $fail
