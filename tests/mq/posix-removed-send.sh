#!/bin/sh
# a POSIX queue removed while mqsend sends to it: mqsend stops at the first message that may have gone into the removed queue, names it and the input left unsent, status 1

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
print_ver_ mqsend
require_proc_syscall_
# The queue is removed as its users do: rm in /dev/mqueue.
require_mq_listing_

fresh_name_
mkfifo in || framework_failure_

# start_ LINE: mqsend reading the FIFO, with LINE sent: the queue holds
# it, and mqsend waits for input.
start_ ()
{
  timeout $T mqsend -p $name < in 2> err &
  pid=$!; bg_ $pid
  exec 3> in
  echo "$1" >&3
  poll_until_ grep 'QSIZE:1 ' /dev/mqueue$name > /dev/null 2>&1 || fail=1
}

# ends_saying_ WHAT PATTERN: with its input closed, mqsend ends with
# status 1 and a diagnostic that matches PATTERN.
ends_saying_ ()
{
  exec 3>&-
  wait $pid; st=$?
  test $st = 1 || { echo "$1: status $st"; fail=1; }
  cat err
  grep "$2" err > /dev/null || fail=1
}

# A message that comes alone is checked alone: the one sent after the
# removal is named.
start_ a
rm /dev/mqueue$name || framework_failure_
echo b >&3
poll_until_ gone_ $pid || fail=1
ends_saying_ alone 'was removed: message 2 may have gone into it'
test -e /dev/mqueue$name && { echo "mqsend made the queue again"; fail=1; }

# A burst (one write, which mqsend reads at once) is checked in groups:
# every message that may have gone into the removed queue is named.
start_ a
rm /dev/mqueue$name || framework_failure_
printf '%s\n' b c d e f g h i >&3
ends_saying_ burst 'was removed: messages 2 to 9 may have gone into it'

# A message that could not go because the queue was removed while it
# waited for room is named as not sent, and so is the input after it.
mqsend -p $name --max-messages=1 first || framework_failure_
timeout $T mqsend -p $name < in 2> err &
pid=$!; bg_ $pid
exec 3> in
printf 'second\nthird\n' >&3
poll_until_ st_in_ $pid mq_timedsend || fail=1
rm /dev/mqueue$name || framework_failure_
ends_saying_ waiting \
  'message 1, of size 6, was not sent: message queue .* was removed'
grep '^mqsend: 6 bytes read from standard input were not sent$' err \
  > /dev/null || fail=1

Exit $fail
