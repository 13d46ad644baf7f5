#!/bin/sh
# bad -k, -i and -p arguments are diagnosed (exit 1) and nothing is created

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

for prog in mqsend mqrecv; do
  case $prog in mqsend) msg=m ;; *) msg= ;; esac
  for k in nosuchfile 0 0x0 '' 12abc 08 99999999999999999999; do
    returns_ 1 timeout -s KILL 10 $prog -k "$k" --timeout=0 $msg < /dev/null \
      > out 2> err || { echo "$prog -k '$k'"; fail=1; }
    test -s err || { echo "$prog -k '$k': no diagnostic"; fail=1; }
    compare /dev/null out || fail=1
  done
  returns_ 1 $prog -k nosuchfile --timeout=0 $msg < /dev/null 2> err || fail=1
  grep nosuchfile err || fail=1
  for i in -1 x; do
    returns_ 1 timeout -s KILL 10 $prog -i "$i" --timeout=0 $msg < /dev/null \
      2> err || { echo "$prog -i '$i'"; fail=1; }
    test -s err || fail=1
  done
done

Exit $fail
