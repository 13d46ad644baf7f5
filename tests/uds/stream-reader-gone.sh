#!/bin/sh
# udscat on a stream socket, server and client, into a pipe whose reader takes what came and leaves while the peer sends nothing: udscat ends at once, with status 1, quietly, and its peer finds the connection closed

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

mkfifo p in || framework_failure_

# try_ SIDE: SIDE ("server" or "client") writes into the pipe p, whose
# reader takes two bytes and leaves; the other side keeps the
# connection open and sends nothing more (its standard input is the
# FIFO in, opened for reading and writing, so that it never ends).
try_ ()
{
  rm -f s got err
  if test $1 = server; then
    timeout $T udscat -l s > p 2> err & watched=$!; bg_ $watched
    ( exec < p; head -c 2 > got ) & reader=$!; bg_ $reader
    wait_socket_ s || framework_failure_
    timeout $T udscat s <> in > /dev/null 2>&1 & other=$!; bg_ $other
  else
    timeout $T udscat -l s <> in > /dev/null 2>&1 & other=$!; bg_ $other
    wait_socket_ s || framework_failure_
    timeout $T udscat s > p 2> err & watched=$!; bg_ $watched
    ( exec < p; head -c 2 > got ) & reader=$!; bg_ $reader
  fi
  exec 3> in
  printf ab >&3
  wait $reader
  printf ab | compare - got || fail=1
  # Nothing more comes from the peer: udscat sees by itself that
  # nobody reads, and ends.
  poll_until_ gone_ $(program_ $watched) \
    || { echo "$1: udscat still waits"; fail=1; }
  returns_ 1 wait $watched || { echo "$1: status"; fail=1; }
  compare /dev/null err || fail=1
  # Its peer finds the connection closed, and ends too.
  exec 3>&-
  poll_until_ gone_ $(program_ $other) || { echo "$1: peer runs on"; fail=1; }
  wait $other
}

try_ server
try_ client

Exit $fail
