#!/bin/sh
# a System V queue relayed into a POSIX queue through ssh with typed netstrings, exactly and in order

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
require_posix_mq_
cleanup_ () { ipc_cleanup_; sshd_cleanup_; }
start_sshd_

fresh_key_
fresh_name_
# Each message is handed to ssh only once it read the one before: a
# few thousand take seconds, but a loaded machine wakes ssh slowly
# (10000 took more than the 50 s limit at a load average of 16).
n=$(scaled_ 3000)

# The manual's recipe, as written there, with our sshd as "host" and
# our queues.
extract_example_ beyond.texi relay-ssh.sh || framework_failure_
sed "s/ssh host/ssh -F ssh_config host/; s/123456/$key/; s|/jobs|$name|" \
  relay-ssh.sh > relay || framework_failure_
cat relay

# A small POSIX queue (its memory counts against RLIMIT_MSGQUEUE),
# made for the relay: the messages have at most 300 bytes.
mqsend -p $name --max-size=512 < /dev/null || framework_failure_

# N mixed binary messages, all of type 1 so that the POSIX queue keeps
# their order: the sender fills the System V queue, the relay moves
# them through ssh, a receiver takes them off the POSIX queue.
netstrings_ $n 1 > in || framework_failure_
timeout $T mqsend -k $key -T --netstring < in & s=$!
timeout $T sh relay 2> relay.err & r=$!
bg_ $s $r
timeout $T mqrecv -p $name -c $n -T --netstring > out || fail=1
wait $s || fail=1
cmp in out || { echo "the messages differ"; fail=1; }

# Types become priorities: five at once, taken after they all arrived.
printf '1:1,1:a,1:5,1:e,1:3,1:c,1:5,1:f,1:2,1:b,' | mqsend -k $key -T \
  --netstring || fail=1
# QSIZE: the bytes queued, one a message here.
count_ () { grep -q 'QSIZE:5 ' /dev/mqueue$name; }
poll_until_ count_ || { cat /dev/mqueue$name; fail=1; }
mqrecv -p $name -c 5 -T > out || fail=1
printf '5\te\n5\tf\n3\tc\n2\tb\n1\ta\n' > exp
compare exp out || fail=1

# Stopping the relay's mqrecv ends the relay, and loses nothing.
mqrecv_pid=$(pgrep -P $(program_ $r) -x mqrecv)
test -n "$mqrecv_pid" || fail=1
kill -s TERM $mqrecv_pid || fail=1
poll_until_ gone_ $r || fail=1
wait $r
cat relay.err
returns_ 124 mqrecv -k $key --timeout=0 || fail=1
returns_ 124 mqrecv -p $name --timeout=0 || fail=1

# The example of man/mqsend.x, with an end: --timeout after -f.
sed -n 's/^\\fB\(mqrecv .*ssh host.*\)\\fR$/\1/p' \
  "$abs_top_srcdir/man/mqsend.x" | sed 's/\\-/-/g' > cmd \
  || framework_failure_
test "$(wc -l < cmd)" = 1 || { cat cmd; framework_failure_; }
sed "s/ssh host/ssh -F ssh_config host/; s/-k 1 -f/-k $key -f --timeout=$(slow_ 1)/;
     s|/q|$name|" cmd > c1 || framework_failure_
cat c1
netstrings_ 5 1 > in5 || framework_failure_
mqsend -k $key -T --netstring < in5 || fail=1
timeout $T sh c1 || fail=1
mqrecv -p $name -c 5 -T --netstring --timeout=$(slow_ 5) > out || fail=1
cmp in5 out || fail=1

Exit $fail
