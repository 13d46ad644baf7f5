#!/bin/sh
# SIGTERM while udscat sends a regular file with sendfile ends it at once, and the server got a prefix of the file

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

# A regular file as standard input goes to the socket with sendfile,
# whose calls move megabytes without blocking while the reader keeps
# up.  The reader checks each line (1, 2, 3...), which makes it slower
# than the copy: the client is still sending when the signal comes.
seq 4000000 > data || framework_failure_
mkfifo sp || framework_failure_

tries=$(scaled_ 20)
test $tries -ge 5 || tries=5
i=0
while test $i -lt $tries; do
  i=$(expr $i + 1)
  rm -f s started checked
  { head -c 1 > started; exec cat started -; } < sp |
    awk 'NR > 1 && last != NR - 1 { print "line " NR - 1 ": " last; bad = 1; exit }
         { last = $0 }
         END { if (!bad) print (index (NR "", last) == 1 ? "ok" : "last: " last) }' \
    > checked &
  reader=$!
  udscat -l s < /dev/null > sp 2> serr & server=$!; bg_ $reader $server
  wait_socket_ s || framework_failure_
  udscat s < data > /dev/null 2> cerr & client=$!; bg_ $client
  poll_until_ test -s started || fail=1
  kill -TERM $client
  poll_until_ gone_ $client || { echo "try $i: client alive after SIGTERM"; fail=1; }
  kill -KILL $client 2>/dev/null
  wait $client; st=$?
  test $st = 143 || { echo "try $i: client status $st, not 143"; cat cerr; fail=1; }
  # The server saw the end of the connection, wrote what it got, and
  # ended; so did the reader.
  poll_until_ gone_ $server || { echo "try $i: server alive"; fail=1; }
  wait $server || { echo "try $i: server failed"; cat serr; fail=1; }
  poll_until_ gone_ $reader || fail=1
  wait $reader
  echo ok > exp
  compare exp checked || { echo "try $i: not a prefix of the file"; fail=1; }
done

Exit $fail
