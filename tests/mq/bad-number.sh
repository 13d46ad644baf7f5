#!/bin/sh
# bad sizes, counts and durations are diagnosed with exit 1

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

fresh_key_
fresh_name_
touch keyfile || framework_failure_

check_ ()
{
  returns_ 1 timeout -s KILL 10 "$@" < /dev/null > out 2> err \
    || { echo "FAIL: $*"; fail=1; }
  test -s err || { echo "no diagnostic: $*"; fail=1; }
}

for d in x -1 1x 1.2.3 '' 1ss nan 1w; do
  check_ mqsend -k $key --timeout="$d" m
  check_ mqrecv -k $key --timeout="$d"
done
for n in x -1 1x '' 99999999999999999999999; do
  check_ mqrecv -k $key -b "$n" --timeout=0
  check_ mqrecv -k $key -c "$n" --timeout=0
  check_ mqsend -k keyfile --proj-id="$n" m
done
for n in x -1 1x '' 99999999999999999999999; do
  check_ mqsend -p $name --max-size="$n" m
  check_ mqsend -p $name --max-messages="$n" m
done
for m in 8888 abc u+q 01777777; do
  check_ mqsend -k $key -m "$m" m
done
msq_exists_ $key && { returns_ 124 mqrecv -k $key --timeout=0 || fail=1; }
mq_exists_ $name && fail=1

# Sane values of each are accepted.
mqsend -k $key --timeout=1.5 m || fail=1
mqsend -k $key --timeout=1m m || fail=1
mqsend -k $key --timeout=1h m || fail=1
mqsend -k $key --timeout=1d m || fail=1
mqrecv -k $key -c 4 -b 8 --timeout=0.5s > out || fail=1

Exit $fail
