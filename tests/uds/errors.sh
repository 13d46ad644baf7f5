#!/bin/sh
# udscat diagnoses a missing socket, a refused connection, a long name

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
require_python_

returns_ 1 udscat missing < /dev/null 2> err || fail=1
grep "cannot connect to 'missing': No such file or directory" err || fail=1

"$PYTHON" -c '
import socket
s = socket.socket(socket.AF_UNIX)
s.bind("dead")
' || framework_failure_
returns_ 1 udscat dead < /dev/null 2> err || fail=1
grep "cannot connect to 'dead': connection refused" err || fail=1

long=$(printf '%0200d' 0)
returns_ 1 udscat "$long" < /dev/null 2> err || fail=1
grep 'too long: 200 bytes, at most 107' err || fail=1
returns_ 1 udscat -l "$long" < /dev/null 2> err || fail=1
grep 'too long' err || fail=1
returns_ 1 udscat "@$long" < /dev/null 2> err || fail=1
grep 'too long' err || fail=1

# A stream client on a datagram socket is told what to try.
udscat -l -d dg > /dev/null & pid=$!; bg_ $pid
wait_socket_ dg || framework_failure_
returns_ 1 udscat dg < /dev/null 2> err || fail=1
grep 'not a stream socket (try --dgram or --seqpacket)' err || fail=1

# Options that need --listen, and conflicting options.
returns_ 1 udscat -k s 2> err || fail=1
grep -- '--keep-open applies only with --listen' err || fail=1
returns_ 1 udscat s cat 2> err || fail=1
grep 'COMMAND needs --listen' err || fail=1
returns_ 1 udscat -d -s s 2>/dev/null || fail=1
returns_ 1 udscat -z s 2>/dev/null || fail=1
returns_ 1 udscat -l -d s cat 2>/dev/null || fail=1
returns_ 1 udscat 2>/dev/null || fail=1

Exit $fail
