#!/bin/sh
# SIGINT and SIGTERM during every wait of fifocat -u: it dies of the signal and removes its FIFO


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
print_ver_ fifocat
require_proc_syscall_

for sig in INT TERM; do
  # A reader waiting for a writer to open.
  timeout $T fifocat -u f > out &
  pid=$!; bg_ $pid
  poll_until_ st_in_ $pid openat open || fail=1
  st_signal_ $sig $pid "reader in open"
  test -e f && { echo "$sig: FIFO left by the reader"; fail=1; rm -f f; }

  # A writer waiting for a reader to open.
  echo data | timeout $T fifocat -w -u f &
  pid=$!; bg_ $pid
  poll_until_ st_in_ $pid openat open || fail=1
  st_signal_ $sig $pid "writer in open"
  test -e f && { echo "$sig: FIFO left by the writer"; fail=1; rm -f f; }

  # A reader with --keep-open waiting for data, with no writer.
  timeout $T fifocat -k -u f > out &
  pid=$!; bg_ $pid
  poll_until_ test -p f || fail=1
  echo one | timeout $T fifocat -w f || fail=1
  poll_until_ test -s out || fail=1
  poll_until_ sleeping_ $pid || fail=1
  st_signal_ $sig $pid "reader between writers"
  test -e f && { echo "$sig: FIFO left by the -k reader"; fail=1; rm -f f; }
  echo one > exp
  compare exp out || fail=1
done

# A FIFO that fifocat did not create (or was asked to keep) stays.
mkfifo g || framework_failure_
timeout $T fifocat g > out &
pid=$!; bg_ $pid
poll_until_ st_in_ $pid openat open || fail=1
st_signal_ TERM $pid "reader of an existing FIFO"
test -p g || { echo "a FIFO fifocat did not create was removed"; fail=1; }

Exit $fail
