#!/bin/sh
# bad message types are diagnosed (exit 1); nothing is sent

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

for t in 0 -1 x 1x '' 99999999999999999999999; do
  returns_ 1 mqsend -k $key -t "$t" m 2> err || { echo "-t '$t'"; fail=1; }
  test -s err || fail=1
done
for t in x 1x '' 99999999999999999999999; do
  returns_ 1 mqrecv -k $key -t "$t" --timeout=0 2> err \
    || { echo "mqrecv -t '$t'"; fail=1; }
  test -s err || fail=1
done
msq_exists_ $key && { returns_ 124 mqrecv -k $key --timeout=0 || fail=1; }

# A POSIX priority must be below the system's limit.
if posix_mq_; then
  fresh_name_
  returns_ 1 mqsend -p $name -t -1 m 2> err || fail=1
  returns_ 1 mqsend -p $name -t 99999999999 m 2> err || fail=1
  test -s err || fail=1
  mq_exists_ $name \
    && { returns_ 124 mqrecv -p $name --timeout=0 || fail=1; }
fi

Exit $fail
