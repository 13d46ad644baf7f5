#!/bin/sh
# SIGTERM while data flows ends udscat at once, client or server, and the socket file goes

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

# Data flows both ways, without end, until the signal: from /dev/zero
# or yes(1), through udscat's buffers or through splice when the other
# side is a pipe.  A signal that lands while a call is moving data,
# not waiting, must not go unseen.

mkfifo sp yes.fifo out.fifo || framework_failure_

# start_client_ N: start a client that sends and receives for ever, in
# $client; with an odd N, through pipes (splice), sending the numbers
# 1, 2, 3... one a line.
start_client_ ()
{
  if test $(expr $1 % 2) = 1; then
    seq inf > yes.fifo 2>/dev/null & bg_ $!
    cat out.fifo > /dev/null & bg_ $!
    udscat s < yes.fifo > out.fifo 2> cerr & client=$!
  else
    udscat s < /dev/zero > /dev/null 2> cerr & client=$!
  fi
  bg_ $client
}

# ended_by_term_ PID WHAT: wait (bounded) until PID has ended, and fail
# unless it died of SIGTERM.
ended_by_term_ ()
{
  poll_until_ gone_ $1 || { echo "$2: alive after SIGTERM"; fail=1; }
  kill -KILL $1 2>/dev/null
  wait $1; st_=$?
  test $st_ = 143 || { echo "$2: status $st_ after SIGTERM"; fail=1; }
}

# end_ PID: wait (bounded) until PID has ended; kill it if it has not.
end_ ()
{
  poll_until_ gone_ $1 || { echo "process $1 does not end"; fail=1; }
  kill -KILL $1 2>/dev/null
  wait $1
}

# prefix_: check that standard input is 1, 2, 3... one a line, the last
# line possibly cut short; print "ok" or where it differs.
prefix_ ()
{
  awk 'NR > 1 && last != NR - 1 { print "line " NR - 1 ": " last; bad = 1; exit }
       { last = $0 }
       END { if (!bad) print (index (NR "", last) == 1 ? "ok" : "last: " last) }'
}

# The client is interrupted.  What the server received is what the
# client sent, cut short.
for i in $(seq 20); do
  rm -f s started checked
  { head -c 1 > started; exec cat started -; } < sp | prefix_ > checked &
  reader=$!
  udscat -l s < /dev/zero > sp 2> serr & server=$!; bg_ $reader $server
  wait_socket_ s || framework_failure_
  start_client_ $i
  poll_until_ test -s started || fail=1
  kill -TERM $client
  ended_by_term_ $client "client $i"
  end_ $server
  end_ $reader
  if test $(expr $i % 2) = 1; then
    echo ok > exp
    compare exp checked || { echo "client $i: the server got other data"; fail=1; }
  fi
done

# The server is interrupted: relaying one connection, relaying with
# --keep-open, and running a COMMAND with --keep-open (data flows
# through the COMMAND, while udscat waits for the next client).
for i in $(seq 20); do
  rm -f s started checked
  case $(expr $i % 3) in
    0)
      udscat -lk s sh -c 'head -c 1 > started; exec cat > /dev/null' \
        2> serr & server=$!; reader= ;;
    *)
      test $(expr $i % 3) = 1 && k=-l || k=-lk
      # With an odd client, what the server wrote out must be what the
      # client sent, cut short.
      if test $(expr $i % 2) = 1; then
        { head -c 1 > started; exec cat started -; } < sp | prefix_ > checked &
      else
        { head -c 1 > started; exec cat > /dev/null; } < sp &
      fi
      reader=$!
      udscat $k s < /dev/zero > sp 2> serr & server=$! ;;
  esac
  bg_ $reader $server
  wait_socket_ s || framework_failure_
  start_client_ $i
  poll_until_ test -s started || fail=1
  kill -TERM $server
  ended_by_term_ $server "server $i"
  test -e s && { echo "server $i: the socket file remains"; fail=1; }
  kill -TERM $client 2>/dev/null
  end_ $client
  test -n "$reader" && end_ $reader
  if test -n "$reader" && test $(expr $i % 2) = 1; then
    echo ok > exp
    compare exp checked || { echo "server $i: it wrote out other data"; fail=1; }
  fi
done

Exit $fail
