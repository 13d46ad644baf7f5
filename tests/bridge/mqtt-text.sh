#!/bin/sh
# text messages from a queue to an MQTT topic and back, through a mosquitto broker

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
start_mosquitto_
fresh_key_
fresh_name_
mqsend -p $name --max-size=512 < /dev/null || framework_failure_

n=200
seq -f 'line %g: a, b; "c"' $n > lines || framework_failure_

# Out: mqrecv ... | mosquitto_pub -l, to a subscriber of ours.
mosquitto_example_ mqtt-text-out.sh
sed -i "s|/events|$name|" mqtt-text-out.sh || framework_failure_
timeout $T mosquitto_sub -h 127.0.0.1 -p $port -t events -C $n > out & sub=$!
bg_ $sub
poll_until_ subscribed_ 1 || fail=1
timeout $T mqsend -p $name < lines & s=$!
timeout $T sh mqtt-text-out.sh & out=$!
bg_ $s $out
wait $sub || fail=1
wait $s || fail=1
compare lines out || fail=1
# Stopping mqrecv ends the relay.
kill -s TERM $(pgrep -P $(program_ $out) -x mqrecv) || fail=1
poll_until_ gone_ $out || fail=1
returns_ 124 mqrecv -p $name --timeout=0 || fail=1

# In: mosquitto_sub | mqsend, from a publisher of ours.
mosquitto_example_ mqtt-text-in.sh
sed -i "s|123456|$key|" mqtt-text-in.sh || framework_failure_
timeout $T sh mqtt-text-in.sh & in=$!
bg_ $in
poll_until_ subscribed_ 2 || fail=1
mosquitto_pub -h 127.0.0.1 -p $port -t commands -l < lines || fail=1
timeout $T mqrecv -k $key -c $n > out || fail=1
compare lines out || fail=1
# The broker's end ends the relay: mosquitto_sub exits, mqsend too.
kill -s TERM $(pgrep -P $(program_ $in) -x mosquitto_sub) || fail=1
poll_until_ gone_ $in || fail=1
wait $in || fail=1

Exit $fail
