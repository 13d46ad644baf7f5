#!/bin/sh
# SIGTERM while data flows through fifocat (writer, reader, -k reader, read/write loop): it dies of the signal at once and removes its FIFO


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

# only_y_ FILE: FILE holds only what yes(1) writes ("y" lines; the last
# may be cut short).
only_y_ ()
{
  test -s "$1" && test -z "$(tr -d 'y\n' < "$1" | head -c 1)"
}

# ended_ PID WHAT: within a bounded poll, PID ended, killed by SIGTERM.
ended_ ()
{
  p_=$(program_ "$1")
  kill -s TERM "$p_" || { echo "$2: cannot signal"; fail=1; }
  gone_ () { ! kill -0 "$p_" 2>/dev/null || test "$(state_ "$p_")" = Z; }
  poll_until_ gone_ || { echo "$2: still alive after SIGTERM"; fail=1; }
  wait "$1"
  s_=$?
  test $s_ = 143 || { echo "$2: status $s_ after SIGTERM, not 143"; fail=1; }
}

tries=$(scaled_ 20)
test $tries -ge 5 || tries=5
i=0
while test $i -lt $tries; do
  i=$(expr $i + 1)

  # A writer copying an endless input (splice).
  rm -f out
  yes | timeout $T fifocat -w -u f &
  pid=$!; bg_ $pid
  poll_until_ test -p f || fail=1
  timeout $T cat f > out &
  reader=$!; bg_ $reader
  poll_until_ test -s out || fail=1
  ended_ $pid "writer, try $i"
  test -e f && { echo "try $i: FIFO left by the writer"; fail=1; rm -f f; }
  wait $reader
  only_y_ out || { echo "try $i: the reader got other data"; fail=1; }

  # A -k reader with an endless writer (splice to a pipe: the FIFO
  # op, which cat reads, so that $pid is fifocat's own timeout).
  rm -f out op
  mkfifo op || framework_failure_
  timeout $T cat op > out &
  cat=$!; bg_ $cat
  timeout $T fifocat -k -u g > op &
  pid=$!; bg_ $pid
  poll_until_ test -p g || fail=1
  timeout $T sh -c 'exec yes > g' 2>/dev/null &
  writer=$!; bg_ $writer
  poll_until_ test -s out || fail=1
  ended_ $pid "-k reader, try $i"
  test -e g && { echo "try $i: FIFO left by the -k reader"; fail=1; rm -f g; }
  wait $cat
  wait $writer
  only_y_ out || { echo "try $i: the -k reader wrote other data"; fail=1; }

  # A -k reader whose output refuses splice (append mode): the
  # read/write loop, with an endless writer.
  : > out
  timeout $T fifocat -k -u h >> out &
  pid=$!; bg_ $pid
  poll_until_ test -p h || fail=1
  timeout $T sh -c 'exec yes > h' 2>/dev/null &
  writer=$!; bg_ $writer
  poll_until_ test -s out || fail=1
  ended_ $pid "read/write reader, try $i"
  test -e h && { echo "try $i: FIFO left by the read/write reader"; fail=1; rm -f h; }
  wait $writer
  only_y_ out || { echo "try $i: the read/write reader wrote other data"; fail=1; }
done

Exit $fail
