#!/bin/sh
# udscat with standard input or output closed reports it and never relays the socket to itself

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

# With descriptor 0 or 1 closed, the socket used to take it: udscat
# then sent the server's data back to the server.  Now the descriptor
# is /dev/null opened the wrong way: reading standard input, or
# writing standard output, fails as with cat(1), and the rest of the
# relay goes on.
seq 3 > data

# Standard input closed: the answer is printed, nothing goes back.
udscat -l s < data > got & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
returns_ 1 timeout 10 udscat s <&- > out 2> err || fail=1
wait $pid || fail=1
compare /dev/null got || fail=1
compare data out || fail=1
echo 'udscat: error reading standard input: Bad file descriptor' > exp
compare exp err || fail=1

# Standard output closed: the answer cannot be written, and it does
# not go back either.
udscat -l s < /dev/null > got & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
# A client with nothing to write out succeeds, as "cat /dev/null >&-"
# does; the server gets its data.
timeout 10 udscat s < data >&- || fail=1
wait $pid || fail=1
compare data got || fail=1
udscat -l s < data > got & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
returns_ 1 timeout 10 udscat s < /dev/null >&- 2> err || fail=1
wait $pid
compare /dev/null got || fail=1
echo 'udscat: write error: Bad file descriptor' > exp
compare exp err || fail=1

# A server with standard input closed.
udscat -l s <&- > got 2> err & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
timeout 10 udscat s < data > out || fail=1
wait $pid; test $? = 1 || fail=1
compare data got || fail=1
compare /dev/null out || fail=1
echo 'udscat: error reading standard input: Bad file descriptor' > exp
compare exp err || fail=1

Exit $fail
