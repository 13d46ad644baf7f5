#!/bin/sh
# the manual's hand-over example, as written there (mqrecv invocation)

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
# The example's key, 0x5e771234, replaced by a fresh one.
sed -n '/^@strong{Delivery.}/,/^@end example/p' "$abs_top_srcdir/doc/mq.texi" |
  sed -n '/^@example/,/^@end example/p' | sed '1d;$d' > example \
  || framework_failure_
grep '^\$ ' example | sed "s/^\$ //; s/0x5e771234/$key/g" > cmds \
  || framework_failure_
test "$(wc -l < cmds)" = 3 || framework_failure_
grep -v '^\$ ' example > exp || framework_failure_
timeout 20 sh -e cmds > out 2>&1 || fail=1
compare exp out || fail=1

Exit $fail
