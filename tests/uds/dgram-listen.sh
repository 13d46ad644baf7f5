#!/bin/sh
# udscat --listen --dgram writes each datagram received as one line

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

udscat -l -d s > out & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
"$PYTHON" -c '
import socket
c = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
for d in (b"first", b"", b"two\nlines", b"\0bin\377"):
    c.sendto(d, "s")
' || fail=1
printf 'first\n\ntwo\nlines\n\0bin\377\n' > exp
poll_until_ compare exp out > /dev/null 2>&1 || fail=1
compare exp out || fail=1

# A receiver ends with SIGTERM, removing its socket.
kill -TERM $pid
wait $pid
test -e s && fail=1

Exit $fail
