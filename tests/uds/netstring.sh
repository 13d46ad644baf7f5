#!/bin/sh
# udscat --netstring: records framed as netstrings on stdin and stdout

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
print_ver_ udscat

# Records holding a newline, a NUL and nothing at all cross a
# seqpacket connection each as one packet, byte for byte.
printf '5:hello,0:,3:a\nb,3:x\0y,' > exp || framework_failure_
udscat -ls --netstring s > out 2> serr & server=$!; bg_ $server
wait_socket_ s || framework_failure_
udscat -s --netstring s < exp || fail=1
poll_until_ gone_ $server || fail=1
wait $server || { cat serr; fail=1; }
compare exp out || fail=1

# Malformed input: the records before it are sent, then udscat fails.
udscat -ld --netstring d > out 2> serr & server=$!; bg_ $server
wait_socket_ d || framework_failure_
printf '3:abc,2:x' | udscat -d --netstring d 2> err && fail=1
grep 'standard input, record 2: .*netstring' err || { cat err; fail=1; }
printf '3:abc,' > exp
poll_until_ test -s out || fail=1
compare exp out || fail=1
kill -s TERM $server

# Only with records, and not with -z.
udscat --netstring s < /dev/null 2> err && fail=1
grep -- '--netstring applies only' err || fail=1
udscat -d -z --netstring s < /dev/null 2> err && fail=1
grep -- 'cannot be used together' err || fail=1

Exit $fail
