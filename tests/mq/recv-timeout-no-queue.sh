#!/bin/sh
# mqrecv --timeout leaves no queue it made and nobody used; it keeps one it received from or found

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
returns_ 124 mqrecv -k $key --timeout=0 || fail=1
msq_exists_ $key && { echo "System V queue left"; fail=1; }
returns_ 124 mqrecv -k $key --timeout=0.2 -f > out || fail=1
msq_exists_ $key && { echo "System V queue left (-f)"; fail=1; }
# A queue that held a message stays.
mqsend -k $key hi || fail=1
returns_ 124 mqrecv -k $key --timeout=0 -c 2 > out || fail=1
msq_exists_ $key || { echo "System V queue removed"; fail=1; }
# So does one that existed before.
returns_ 124 mqrecv -k $key --timeout=0 || fail=1
msq_exists_ $key || { echo "existing queue removed"; fail=1; }

if posix_mq_; then
  fresh_name_
  returns_ 124 mqrecv -p $name --timeout=0 || fail=1
  mq_exists_ $name && { echo "POSIX queue left"; fail=1; }
  mqsend -p $name hi || fail=1
  returns_ 124 mqrecv -p $name --timeout=0 -c 2 > out || fail=1
  mq_exists_ $name || { echo "POSIX queue removed"; fail=1; }
fi

Exit $fail
