#!/bin/sh
# a number, size or duration with a leading or a trailing space is refused, in every program

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
print_ver_ mqsend mqrecv shmcat fifocat sigwait
require_sysv_ipc_

fresh_key_
# bad_ CMD...: CMD fails with status 1, saying which argument is invalid.
bad_ ()
{
  returns_ 1 timeout -s KILL 10 "$@" < /dev/null > out 2> err \
    || { echo "$*: not status 1"; fail=1; }
  grep -E "invalid|out of range" err > /dev/null \
    || { echo "$*:"; cat err; fail=1; }
}
for v in ' 1' '1 ' '	1' '1	' ' 1 '; do
  bad_ mqrecv -k $key --timeout="$v"
  bad_ mqsend -k $key --timeout="$v" m
  bad_ fifocat --timeout="$v" f
  bad_ sigwait --timeout="$v" USR1
  bad_ mqrecv -k $key -c "$v" --timeout=0
  bad_ mqsend -k $key -t "$v" m
  bad_ shmcat -w -k $key -s "$v"
  bad_ mqsend -k "$v" m
done
msq_exists_ $key && { echo "a queue was created"; fail=1; }
test -e f && { echo "a FIFO was created"; fail=1; }

# Without spaces, all is well.
returns_ 124 mqrecv -k $key --timeout=0.1 -c 1 || fail=1

Exit $fail
