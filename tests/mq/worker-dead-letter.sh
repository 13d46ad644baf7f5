#!/bin/sh
# mqrecv --max-attempts, --dead-letter: a message that keeps failing is set aside

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
print_ver_ mqsend mqrecv
require_sysv_ipc_

# bad-fails: fails for the message "bad", and notes every attempt.
cat > bad-fails <<'EOS' || framework_failure_
read -r m
echo "$m $MQRECV_ATTEMPT" >> log
test "$m" != bad
EOS

# run_ OPT ARG DEAD: the queue and a dead letter queue DEAD.
run_ ()
{
  # After its third failed attempt, "bad" goes to the dead letter
  # queue with its type or priority; the others are handled.
  rm -f log
  mqsend $1 $2 -t 4 bad || fail=1
  mqsend $1 $2 -t 4 good || fail=1
  timeout 30 mqrecv $1 $2 -c 4 --max-attempts=3 --dead-letter=$3 \
    -- sh bad-fails 2> err || fail=1
  printf '%s\n' 'bad 1' 'good 1' 'bad 2' 'bad 3' > exp || framework_failure_
  compare exp log || fail=1
  grep 'failed 3 times; it was sent to message queue' err || fail=1
  returns_ 124 mqrecv $1 $2 --timeout=0 || fail=1
  mqrecv $1 $3 -T --timeout=0 > out || fail=1
  printf '4\tbad\n' > exp || framework_failure_
  compare exp out || fail=1

  # Without a dead letter queue, mqrecv gives up: it puts the message
  # back, takes no other, and exits with 123.
  rm -f log
  mqsend $1 $2 bad good || fail=1
  returns_ 123 timeout 30 mqrecv $1 $2 -f --max-attempts=2 -- sh bad-fails \
    2> err || fail=1
  printf '%s\n' 'bad 1' 'good 1' 'bad 2' > exp || framework_failure_
  compare exp log || fail=1
  grep 'failed 2 times; it is put back' err || fail=1
  mqrecv $1 $2 --timeout=0 > out || fail=1
  echo bad > exp || framework_failure_
  compare exp out || fail=1

  # A dead letter queue removed meanwhile takes nothing: the message
  # goes back on the queue, and mqrecv says so and exits 1.  (A removed
  # POSIX queue would take it, and nobody could ever receive it.)
  mqsend $1 $2 doomed || fail=1
  mqsend $1 $3 < /dev/null || fail=1
  returns_ 1 timeout 30 mqrecv $1 $2 -f --max-attempts=1 --dead-letter=$3 \
    -- sh -c "mqrecv $1 $3 --remove --no-create --timeout=0; exit 1" \
    2> err || fail=1
  grep 'cannot send a message to the dead letter queue' err \
    || { cat err; fail=1; }
  mqrecv $1 $2 --timeout=0 > out || fail=1
  echo doomed | compare - out || fail=1

  # The dead letter queue cannot be the queue itself.
  returns_ 1 mqrecv $1 $2 --max-attempts=2 --dead-letter=$2 -- true 2> err \
    || fail=1
  grep 'is the queue messages are taken from' err || fail=1
}

fresh_key_; main=$key
fresh_key_; dead=$key
run_ -k $main $dead

posix_mq_ || Exit $fail
fresh_name_; main=$name
fresh_name_; dead=$name
run_ -p $main $dead

Exit $fail
