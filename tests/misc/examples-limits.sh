#!/bin/sh
# the manual's commands that show a mechanism's limits work as written, and the parameters that its root commands set exist

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
print_ver_ fifocat
# The "$" lines are typed at an interactive shell: bash, whose ulimit
# has -i and -q (dash's has not).
command -v bash > /dev/null || skip_ 'bash is not installed'
command -v sysctl > /dev/null || skip_ 'sysctl is not installed'

for b in fifo.texi:fifo-limits uds.texi:uds-limits memory.texi:shm-limits \
         memory.texi:mmap-limits mq.texi:mq-limits signals.texi:sig-limits; do
  f=${b#*:}
  extract_example_ ${b%:*} $f || framework_failure_
  # Each line is a command, for a user ($) or for root (#).
  grep -v '^[$#] ' $f && { echo "$f: a line that is not a command"; fail=1; }
  # A user's command shows something, and succeeds.
  sed -n 's/^\$ //p' $f > $f.user
  test -s $f.user || { echo "$f: no command to run"; fail=1; }
  while read -r cmd; do
    bash -c "$cmd" > out 2>&1 || { echo "$f: '$cmd' failed"; cat out; fail=1; }
    test -s out || { echo "$f: '$cmd' shows nothing"; fail=1; }
  done < $f.user
  # Root's "sysctl -w NAME=VALUE" is not run: NAME must exist.
  sed -n 's/^# sysctl -w \([^=]*\)=[0-9]*$/\1/p' $f > $f.root
  test "$(grep -c '^# ' $f)" = "$(wc -l < $f.root)" \
    || { echo "$f: a root command that is not sysctl -w NAME=NUMBER"; fail=1; }
  while read -r p; do
    sysctl "$p" > /dev/null || fail=1
  done < $f.root
done

Exit $fail
