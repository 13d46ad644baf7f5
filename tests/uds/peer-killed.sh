#!/bin/sh
# a peer killed mid-transfer with data of ours unread makes the receiving udscat fail, naming the socket

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

# 64 MiB each way.  The peer that is killed never reads the socket to
# the end: its standard output is a FIFO that nobody reads (held open
# here on descriptor 5), so data of ours waits in its socket.  When it
# dies, the kernel resets the connection (ECONNRESET): the survivor
# gets what the dead peer had sent, then the reset, and must fail.
seq 8400000 > big || framework_failure_
mkfifo unread out.fifo || framework_failure_
exec 5<> unread

# in_pipe_write_ PID: whether PID blocks writing to a pipe or FIFO.
in_pipe_write_ ()
{
  case $(cat /proc/$1/wchan 2>/dev/null) in
    *pipe_write) return 0 ;;
  esac
  return 1
}

# size_at_least_ FILE N: whether FILE has N bytes or more.
size_at_least_ () { test "$(stat -c %s "$1")" -ge "$2"; }

# lost_said_ FILE: whether FILE has udscat's diagnostic of a lost
# connection on s (which of its two forms depends on what failed first).
lost_said_ ()
{
  grep -E "^udscat: (connection on 's' lost: |the peer on 's' went away)" "$1"
}

# is_prefix_ FILE: whether FILE is big cut short.
is_prefix_ ()
{
  cmp "$1" big > cmp.out 2>&1 && { echo "$1: whole"; return 1; }
  grep "EOF on $1" cmp.out > /dev/null || { cat cmp.out; return 1; }
}

# killed_ SURVIVOR VICTIM WHAT: once the udscat SURVIVOR has written
# 8 MiB of its 64 to out.fifo (read here on descriptor 6), kill its
# peer VICTIM, and check what SURVIVOR did: status 1, a diagnostic
# naming the socket, and all it wrote a part of big.
killed_ ()
{
  timeout 60 head -c 8388608 <&6 > got || { echo "$3: head: $?"; fail=1; }
  kill -KILL $2
  timeout 60 cat <&6 >> got
  exec 6<&-
  wait $1; st=$?
  test $st = 1 || { echo "$3: status $st"; fail=1; }
  lost_said_ err || { echo "$3: no diagnostic"; fail=1; }
  is_prefix_ got || fail=1
  wait $2
}

# A client receiving from a server that is killed.
rm -f s
udscat -l s < big > unread & server=$!; bg_ $server
wait_socket_ s || framework_failure_
udscat s < big > out.fifo 2> err & client=$!; bg_ $client
exec 6< out.fifo
killed_ $client $server client

# A server receiving from a client that is killed; the socket file goes.
rm -f s
udscat -l s < big > out.fifo 2> err & server=$!; bg_ $server
exec 6< out.fifo
wait_socket_ s || framework_failure_
udscat s < big > unread & client=$!; bg_ $client
killed_ $server $client server
test -e s && { echo "socket file left"; fail=1; }

# The same, with standard output a file, not a pipe (no splice): the
# killed server's input is still open, with more to come.
rm -f s got
mkfifo in.fifo || framework_failure_
exec 7<> in.fifo
udscat -l s < in.fifo > unread & server=$!; bg_ $server
wait_socket_ s || framework_failure_
udscat s < big > got 2> err & client=$!; bg_ $client
head -c 8388608 big >&7 || { echo "head to the server: $?"; fail=1; }
poll_until_ size_at_least_ got 8388608 || fail=1
kill -KILL $server
wait $client; st=$?
test $st = 1 || { echo "buffered client: status $st"; fail=1; }
lost_said_ err || { echo "buffered: no diagnostic"; fail=1; }
head -c 8388608 big > exp
compare exp got > /dev/null || { echo "buffered: other data"; fail=1; }
wait $server
exec 7>&-

# Packets: a seqpacket client receiving from a server that is killed.
# The server writes its standard output synchronously: once that FIFO
# is full, it blocks there, and the client's packets wait unread.
# The server's packets are sent first, so that none waits behind.
rm -f s got
mkfifo cin.fifo || framework_failure_
exec 7<> in.fifo 8<> cin.fifo
seq 1000 > exp
udscat -l -s s < in.fifo > unread & server=$!; bg_ $server
wait_socket_ s || framework_failure_
udscat -s s < cin.fifo > got 2> err & client=$!; bg_ $client
cat exp >&7
poll_until_ compare exp got > /dev/null 2>&1 || fail=1
cat big >&8 & writer=$!; bg_ $writer
poll_until_ in_pipe_write_ $server || { cat /proc/$server/wchan; fail=1; }
kill -KILL $server
wait $client; st=$?
test $st = 1 || { echo "seqpacket client: status $st"; fail=1; }
lost_said_ err || { echo "seqpacket: no diagnostic"; fail=1; }
compare exp got || fail=1
wait $server
kill $writer; wait $writer
exec 7>&- 8>&-

# What the kernel does not tell: a peer killed while it sends, with
# nothing of ours unread, looks like a peer that closed the connection
# after sending all it had.  The survivor ends with status 0; what it
# wrote is a part of big (see "udscat invocation" in the manual).
rm -f s
udscat -l s < big > /dev/null & server=$!; bg_ $server
wait_socket_ s || framework_failure_
udscat s < /dev/null > out.fifo 2> err & client=$!; bg_ $client
exec 6< out.fifo
timeout 60 head -c 8388608 <&6 > got || { echo "head: $?"; fail=1; }
kill -KILL $server
timeout 60 cat <&6 >> got
exec 6<&-
wait $client; st=$?
test $st = 0 || { echo "killed sender: status $st"; cat err; fail=1; }
is_prefix_ got || fail=1
wait $server

Exit $fail
