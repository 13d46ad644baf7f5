#!/bin/sh
# a message over kernel.msgmax: exit 1 naming both sizes, earlier ones sent

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

msgmax=$(cat /proc/sys/kernel/msgmax) || framework_failure_
qbytes=$(cat /proc/sys/kernel/msgmnb) || framework_failure_
test $msgmax -le $qbytes \
  || skip_ "kernel.msgmax $msgmax > kernel.msgmnb $qbytes"
fresh_key_
big=$(expr $msgmax + 1)

# Exactly msgmax bytes is fine, and mqrecv's default buffer takes it.
awk -v n=$msgmax 'BEGIN { s = ""; while (length (s) < n) s = s "y";
                          printf "%s", s }' > max || framework_failure_
mqsend -k $key --whole < max || fail=1
mqrecv -k $key -r --timeout=0 > out || fail=1
cmp max out || fail=1

{ echo small1; echo small2; cat max; echo z; echo after; } > in \
  || framework_failure_
returns_ 1 mqsend -k $key < in 2> err || fail=1
cat err
grep -w $big err || fail=1
grep -w $msgmax err || fail=1
grep msgmax err || fail=1

# The earlier messages were sent; nothing of the big one was.
mqrecv -k $key -c 2 --timeout=0 > out || fail=1
printf 'small1\nsmall2\n' > exp || framework_failure_
compare exp out || fail=1
mqrecv -k $key --timeout=0 > out
case $? in
  124) ;;
  0) echo after > exp; compare exp out || fail=1 ;;
  *) fail=1 ;;
esac
returns_ 124 mqrecv -k $key --timeout=0 || fail=1

# Same with an operand.
returns_ 1 mqsend -k $key "$(cat max)z" 2> err || fail=1
grep -w $big err || fail=1
returns_ 124 mqrecv -k $key --timeout=0 || fail=1

Exit $fail
