#!/bin/sh
# udscat --dgram and --seqpacket (with and without --netstring) into a pipe whose reader takes one record and leaves: the records in the pipe are gone, nothing goes back

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

mkfifo p || framework_failure_
printf '%s\n' a b c d e > lines || framework_failure_
printf '1:a,1:b,1:c,1:d,1:e,' > netstrings || framework_failure_

# try_ MODE FRAMING HOW: a server "udscat -l MODE [--netstring]" writes
# into the pipe the five records a client sends (10 bytes); then the
# reader takes the first record and leaves: HOW is "head" (head exits)
# or "kill" (the reader is killed with SIGKILL).
try_ ()
{
  rm -f s got took go err
  case $2 in
    lines) in=lines ns= take='head -n 1' first=a ;;
    netstring) in=netstrings ns=--netstring take='head -c 4' first=1:a, ;;
  esac
  timeout $T udscat -l $1 $ns s > p 2> err & server=$!; bg_ $server
  ( exec < p
    poll_until_ test -e go || exit 1
    $take > got && : > took
    test $3 = kill && exec sleep 30 ) &
  reader=$!; bg_ $reader
  wait_socket_ s || framework_failure_
  timeout $T udscat $1 $ns s < $in || { echo "$*: client"; fail=1; }
  # All of them are in the pipe: the seqpacket server has ended (at
  # the end of the connection), the datagram server wrote 10 bytes.
  case $1 in
    -s) poll_until_ gone_ $(program_ $server) ;;
    -d) poll_until_ has_written_ $server 10 ;;
  esac || { echo "$*: the records were not written"; fail=1; }
  : > go
  poll_until_ test -e took || fail=1
  test $3 = kill && kill -KILL $reader
  wait $reader
  printf %s "$first" > exp
  test $2 = lines && echo >> exp
  compare exp got || fail=1
  case $1 in
    -s)
      # The end of the connection ended the server, with status 0:
      # the pipe had taken every record.  The other four
      # went with the pipe, and the client cannot know.
      returns_ 0 wait $server || { echo "$*: status"; fail=1; } ;;
    -d)
      # A datagram server sees at once that its reader left (poll
      # reports it on the pipe), and ends with status 1, quietly,
      # without taking another datagram.  The next datagram finds no
      # server: its sender fails, and knows.
      poll_until_ gone_ $(program_ $server) || fail=1
      returns_ 1 wait $server || { echo "$*: status"; fail=1; }
      echo f | timeout $T udscat -d s 2> /dev/null \
        && { echo "$*: f was sent"; fail=1; } ;;
  esac
  compare /dev/null err || fail=1
}

for mode in -d -s; do
  for framing in lines netstring; do
    try_ $mode $framing head
    try_ $mode $framing kill
  done
done

Exit $fail
