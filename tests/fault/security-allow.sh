#!/bin/sh
# security: udscat --allow-uid/--allow-gid refuse a peer before any byte is relayed or any command runs


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

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ udscat
require_peer_credentials_

me=$(id -u); grp=$(id -g)
other=$(expr $me + 4242); ogrp=$(expr $grp + 4242)

for allow in "--allow-uid=$other" "--allow-gid=$ogrp" \
             "--allow-uid=$other --allow-gid=$ogrp"; do
  rm -f ran out
  # A command server: the command must not run for a refused peer.
  timeout $T udscat -l -k $allow s sh -c ': > ran; echo secret; cat' > out 2> serr &
  pid=$!; bg_ $pid
  poll_until_ test -S s || fail=1
  echo hello | timeout $T udscat s > got 2> cerr
  compare /dev/null got || { echo "$allow: data reached a refused peer"; fail=1; }
  test -e ran && { echo "$allow: the command ran"; fail=1; }
  kill $pid; wait $pid
  grep . serr > /dev/null || { echo "$allow: refusal not reported"; fail=1; }

  # A plain relay: nothing from the refused peer reaches the output.
  timeout $T udscat -l $allow s > out 2> serr &
  pid=$!; bg_ $pid
  poll_until_ test -S s || fail=1
  echo hello | timeout $T udscat s > got 2> cerr
  compare /dev/null got || fail=1
  kill $pid 2>/dev/null; wait $pid
  compare /dev/null out || { echo "$allow: refused peer's data relayed"; fail=1; }
done

# The peer allowed by either list is served.
timeout $T udscat -l --allow-uid=$other --allow-gid=$grp s sh -c 'cat' > out &
pid=$!; bg_ $pid
poll_until_ test -S s || fail=1
echo hello | timeout $T udscat s > got || fail=1
echo hello > exp; compare exp got || fail=1
wait $pid

# Bad lists are refused before anything is created.
for bad in --allow-uid= --allow-uid=-1 --allow-uid=99999999999 \
           --allow-uid=no-such-user-xyz --allow-gid=4294967295; do
  returns_ 1 timeout $T udscat -l $bad s2 cat 2> err || { echo "$bad accepted"; fail=1; }
  test -e s2 && { echo "$bad: socket created"; fail=1; rm -f s2; }
done

Exit $fail
