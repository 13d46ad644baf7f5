#!/bin/sh
# udscat --timeout exits 124 when the server does not accept in time

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

# A server whose queue of connections is full: a backlog of 0 holds
# one connection, which the server makes itself; it never accepts.
full_backlog_server_ s

returns_ 124 timeout 10 udscat --timeout=0.3 s < /dev/null 2> err || fail=1
grep 'timed out' err || fail=1
returns_ 124 timeout 10 udscat --timeout=0 s < /dev/null 2>/dev/null || fail=1
exec 3>&-

# With --listen, --timeout bounds the wait for a connection, and the
# socket file is removed.
returns_ 124 timeout 10 udscat -l --timeout=0.2 t < /dev/null 2>/dev/null \
  || fail=1
test -e t && fail=1

returns_ 1 udscat --timeout=x s 2>/dev/null || fail=1

Exit $fail
