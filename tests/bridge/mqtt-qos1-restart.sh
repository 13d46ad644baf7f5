#!/bin/sh
# QoS 1 through a mosquitto broker restarted mid-stream: every message arrives, some maybe twice

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
start_mosquitto_
fresh_key_; a=$key
fresh_key_; b=$key

# The manual's two lines: the subscriber (a persistent session) into
# queue B, the publisher (a mosquitto_pub per message) from queue A.
mosquitto_example_ mqtt-qos1.sh
sed -n '1,2p' mqtt-qos1.sh | sed "s/654321/$b/; s/ &\$//" > sub.sh \
  || framework_failure_
sed -n '3p' mqtt-qos1.sh | sed "s/123456/$a/" > pub.sh || framework_failure_
test -s pub.sh || framework_failure_

n=$(scaled_ 300)
half=$((n / 2))
seq -f 'm%04g' $n > exp || framework_failure_
head -n $half exp > first || framework_failure_
tail -n +$((half + 1)) exp > second || framework_failure_
mqsend -k $a < first || framework_failure_

timeout $T sh sub.sh & sub=$!
bg_ $sub
poll_until_ subscribed_ 1 || fail=1
timeout $T sh pub.sh 2> pub.err & pub=$!
bg_ $pub
at_least_ () { test "$(msq_qnum_ $b)" -ge $1; }
poll_until_ at_least_ $half || fail=1

# Stop the broker in the middle of the stream, and send the second half
# while it is down: each mosquitto_pub fails, and mqrecv puts its
# message back.  Then start the broker again.
stop_mosquitto_
echo "broker stopped after $(msq_qnum_ $b) messages arrived in B"
mqsend -k $a < second || framework_failure_
failures_ () { grep -c 'failed\|Error' pub.err | awk -v n=$1 '{ exit $1 < n }'; }
poll_until_ failures_ 3 || fail=1
start_mosquitto_

# Every message arrives, some maybe twice; then stop both sides.
all_ () { test "$(msq_qnum_ $b)" -ge $n; }
poll_until_ all_ || fail=1
a_empty_ () { test "$(msq_qnum_ $a)" = 0; }
poll_until_ a_empty_ || fail=1
kill -s TERM $(pgrep -P $(program_ $pub) -x mqrecv) || fail=1
poll_until_ gone_ $pub || fail=1
wait $pub
kill -s TERM $(pgrep -P $(program_ $sub) -x mosquitto_sub) || fail=1
poll_until_ gone_ $sub || fail=1

timeout $T mqrecv -k $b -f --timeout=0 > got
sort got | uniq -d > twice
sort -u got > once
comm -23 exp once > lost
echo "sent $n; arrived $(wc -l < once), $(wc -l < twice) of them twice;" \
  "lost $(wc -l < lost): $(tr '\n' ' ' < lost)"
# Nothing that is not ours, nothing lost.
comm -13 exp once | grep . && fail=1
test -s lost && fail=1
returns_ 124 mqrecv -k $a --timeout=0 || fail=1

Exit $fail
