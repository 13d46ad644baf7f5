#!/bin/sh
# -c N with -f or --until is rejected or obeyed, never silently ignored

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

for opt in -f --until=zz; do
  fresh_key_
  mqsend -k $key a b c d e || fail=1
  timeout -s KILL 10 mqrecv -k $key $opt -c 2 --timeout=0.2 > out 2> err
  st=$?
  case $st in
    1) test -s err || fail=1   # rejected as conflicting
       compare /dev/null out || fail=1 ;;
    0) printf 'a\nb\n' > exp  # obeyed
       compare exp out || fail=1
       test "$(msq_qnum_ $key)" = 3 || fail=1 ;;
    *) echo "mqrecv $opt -c 2: exit $st"; cat out; fail=1 ;;
  esac
done

Exit $fail
