#!/bin/sh
# mqrecv -t selects by System V type: 0, N, -N, and --except

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

# Queue order: five(5) two(2) seven(7) two-b(2) one(1).
for m in 5:five 2:two 7:seven 2:two-b 1:one; do
  mqsend -k $key -t ${m%%:*} ${m#*:} || fail=1
done

recv_ () { mqrecv -k $key -T --timeout=0 "$@"; }
{
  recv_ -t 2          # first of type 2: two
  recv_ -t -6         # lowest type <= 6: one
  recv_ --except -t 5 # first whose type is not 5: seven
  returns_ 124 recv_ -t 3 || fail=1
  returns_ 124 recv_ -t -1 || fail=1
  recv_ -x -t 2       # five
  recv_ -t 0          # two-b
} > out || fail=1
cat > exp <<EOT || framework_failure_
2${tab_}two
1${tab_}one
7${tab_}seven
5${tab_}five
2${tab_}two-b
EOT
compare exp out || fail=1
returns_ 124 recv_ || fail=1

# --except needs a positive type.
mqsend -k $key -t 3 three || fail=1
returns_ 1 recv_ -x -t -3 2> err || fail=1
test -s err || fail=1
returns_ 1 recv_ -x 2> err || fail=1
test -s err || fail=1

Exit $fail
