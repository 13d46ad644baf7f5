#!/bin/sh
# binary messages, empty ones too, from a queue to an MQTT topic and back, exactly

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

# Binary messages as netstrings: every byte value, NUL, newline,
# commas, colons, empty ones.
n=$(scaled_ 60)
netstrings_ $n > in || framework_failure_

# Out: mqrecv's COMMAND mode runs mosquitto_pub per message.
mosquitto_example_ mqtt-binary-out.sh
sed -i "s|123456|$a|" mqtt-binary-out.sh || framework_failure_
timeout $T mosquitto_sub -h 127.0.0.1 -p $port -t blobs -N -F '%l:%p,' \
  -C $n > out & sub=$!
bg_ $sub
poll_until_ subscribed_ 1 || fail=1
mqsend -k $a --netstring < in || fail=1
timeout $T sh mqtt-binary-out.sh & out=$!
bg_ $out
wait $sub || fail=1
cmp in out || { echo "out: the messages differ"; fail=1; }
kill -s TERM $(pgrep -P $(program_ $out) -x mqrecv) || fail=1
poll_until_ gone_ $out || fail=1
returns_ 124 mqrecv -k $a --timeout=0 || fail=1

# In: mosquitto_sub writes netstrings for mqsend --netstring.
mosquitto_example_ mqtt-binary-in.sh
sed -i "s|123456|$b|" mqtt-binary-in.sh || framework_failure_
timeout $T sh mqtt-binary-in.sh & in=$!
bg_ $in
poll_until_ subscribed_ 2 || fail=1
# Publish them from the queue A, with the recipe above.
mqsend -k $a --netstring < in || fail=1
timeout $T sh mqtt-binary-out.sh & out=$!
bg_ $out
timeout $T mqrecv -k $b -c $n --netstring > out || fail=1
cmp in out || { echo "in: the messages differ"; fail=1; }
kill -s TERM $(pgrep -P $(program_ $out) -x mqrecv) || fail=1
kill -s TERM $(pgrep -P $(program_ $in) -x mosquitto_sub) || fail=1
poll_until_ gone_ $out || fail=1
poll_until_ gone_ $in || fail=1
wait $in || fail=1

Exit $fail
