#!/bin/sh
# SIGINT and SIGTERM during every wait of udscat: it dies of the signal and removes its socket file


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

for sig in INT TERM; do
  # A server waiting for a connection.
  timeout $T udscat -l s > out &
  pid=$!; bg_ $pid
  poll_until_ test -S s || fail=1
  poll_until_ sleeping_ $pid || fail=1
  st_signal_ $sig $pid "server in accept"
  test -e s && { echo "$sig: socket left by the server"; fail=1; rm -f s; }

  # A server running commands, between connections.
  timeout $T udscat -l -k s sh -c 'echo hi' > out &
  pid=$!; bg_ $pid
  poll_until_ test -S s || fail=1
  timeout $T udscat s < /dev/null > got || fail=1
  echo hi > exp; compare exp got || fail=1
  poll_until_ sleeping_ $pid || fail=1
  st_signal_ $sig $pid "command server"
  test -e s && { echo "$sig: socket left by the command server"; fail=1; rm -f s; }

  # A server relaying a connection: the client waits for data.
  timeout $T udscat -l s > out 2> serr &
  server=$!; bg_ $server
  poll_until_ test -S s || fail=1
  rm -f in; mkfifo in || framework_failure_
  timeout $T udscat s < in > /dev/null &
  client=$!; bg_ $client
  exec 3> in
  echo first >&3
  poll_until_ test -s out || fail=1
  poll_until_ sleeping_ $server || fail=1
  st_signal_ $sig $server "server relaying"
  test -e s && { echo "$sig: socket left by the relaying server"; fail=1; rm -f s; }
  echo first > exp; compare exp out || fail=1
  exec 3>&-
  wait $client
done

Exit $fail
