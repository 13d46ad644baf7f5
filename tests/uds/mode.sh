#!/bin/sh
# udscat --mode sets the permissions of the socket file at creation

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
print_ver_ udscat
for m in 600:srw------- 0660:srw-rw---- u=rw,go=r:srw-r--r--; do
  mode=${m%%:*}
  exp=${m#*:}
  rm -f s
  (umask 077; exec udscat -l --mode=$mode s < /dev/null > /dev/null) & pid=$!
  bg_ $pid
  wait_socket_ s || fail=1
  got=$(ls -l s | cut -c1-10)
  test "$got" = "$exp" || { echo "mode $mode: $got, not $exp"; fail=1; }
  kill $pid; wait $pid
done

# Without --mode, the file gets 0600 less the umask, as every object
# the suite creates but regular files.
(umask 027; exec udscat -l s < /dev/null > /dev/null) & pid=$!; bg_ $pid
wait_socket_ s || fail=1
test "$(ls -l s | cut -c1-10)" = srw------- || fail=1
kill $pid; wait $pid

returns_ 1 udscat -l --mode=4755 s 2>/dev/null || fail=1
returns_ 1 udscat -l --mode=600 @abs 2>/dev/null || fail=1

Exit $fail
