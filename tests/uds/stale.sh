#!/bin/sh
# udscat --listen replaces a stale socket file that nobody listens on

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

# A socket file left behind by a server that is gone.
"$PYTHON" -c '
import socket
s = socket.socket(socket.AF_UNIX)
s.bind("s")
' || framework_failure_
test -S s || framework_failure_
returns_ 1 timeout 10 udscat s 2>/dev/null || fail=1

echo data > exp
udscat -l s > out & pid=$!; bg_ $pid
# Wait until the stale file is replaced by a listening one.
poll_until_ sh -c 'echo data | udscat s' || fail=1
wait $pid || fail=1
compare exp out || fail=1
test -e s && fail=1

# --exclusive refuses even a stale socket.
"$PYTHON" -c '
import socket
s = socket.socket(socket.AF_UNIX)
s.bind("t")
' || framework_failure_
returns_ 1 udscat -l --exclusive t 2> err || fail=1
grep 'exists already' err || fail=1
test -S t || fail=1

Exit $fail
