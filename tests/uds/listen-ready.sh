#!/bin/sh
# udscat --listen: the socket file appears only once the socket listens

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
strace -o /dev/null true 2>/dev/null || skip_ 'strace does not work here'
# LeakSanitizer cannot work under ptrace (tests/check-sanitize).
ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0
export ASAN_OPTIONS

# Scripts wait until the socket file exists, then connect.  With a
# plain bind the file exists before listen, and a connect in between
# is refused.  strace delays udscat's listen by a second, which makes
# that window wide: a client that connects as soon as the file exists
# must be served, for stream and seqpacket sockets.
for kind in '' -s; do
  rm -f s out
  strace -f -o /dev/null -e trace=listen -e inject=listen:delay_enter=1000000 \
    udscat -l $kind s < /dev/null > out 2> serr & server=$!; bg_ $server
  poll_until_ test -S s || { cat serr; fail=1; continue; }
  echo hello | udscat $kind s 2> cerr \
    || { echo "kind '$kind': the client could not connect"; cat cerr; fail=1
         kill -s TERM $server; }
  poll_until_ gone_ $server || fail=1
  wait $server || { cat serr; fail=1; }
  echo hello > exp
  compare exp out || fail=1
  # The temporary name the socket was bound to is gone.
  ls -A > names
  grep '^\.udscat' names && fail=1
done

Exit $fail
