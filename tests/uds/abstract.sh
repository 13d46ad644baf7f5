#!/bin/sh
# udscat listens on and connects to @NAME in the abstract namespace

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
config_has_ HAVE_ABSTRACT_SOCKETS \
  || skip_ 'no abstract socket names here (tests/uds/abstract-unsupported.sh)'
require_python_

name=ipcutils-test-$$-$(random_ 30)
printf 'to client\n' > to-client || framework_failure_
printf 'to server\n' > to-server || framework_failure_

udscat -l "@$name" < to-client > got-server & pid=$!; bg_ $pid
wait_abstract_ "$name" || fail=1
timeout 10 udscat "@$name" < to-server > got-client || fail=1
wait $pid || fail=1
compare to-client got-client || fail=1
compare to-server got-server || fail=1
# No file was created.
test -e "@$name" && fail=1

# Python agrees on the address: a leading NUL byte, then the name.
echo hi > exp
udscat -l "@$name" > got & pid=$!; bg_ $pid
wait_abstract_ "$name" || fail=1
timeout 10 "$PYTHON" -c '
import socket, sys
c = socket.socket(socket.AF_UNIX)
c.connect("\0" + sys.argv[1])
c.sendall(b"hi\n")
' "$name" || fail=1
wait $pid || fail=1
compare exp got || fail=1

Exit $fail
