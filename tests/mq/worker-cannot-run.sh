#!/bin/sh
# mqrecv COMMAND: 126 or 127 when COMMAND cannot be run; the message is put back

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

printf '#!/bin/sh\nexit 0\n' > not-executable || framework_failure_
chmod a-x not-executable || framework_failure_

# run_ OPTION ARG: a COMMAND that cannot be run (126) or is not found
# (127) stops mqrecv with that status; the message is put back, once.
run_ ()
{
  mqsend $1 $2 -t 6 a b || fail=1
  returns_ 127 timeout 30 mqrecv $1 $2 -f -j 2 -- ./no-such-command 2> err \
    || fail=1
  grep "cannot run './no-such-command'" err || fail=1
  returns_ 126 timeout 30 mqrecv $1 $2 -f -- ./not-executable 2> err \
    || fail=1
  grep "cannot run './not-executable'" err || fail=1
  mqrecv $1 $2 -c 2 -T --timeout=0 > out || fail=1
  sort out > sorted
  printf '6\ta\n6\tb\n' > exp || framework_failure_
  compare exp sorted || fail=1
  returns_ 124 mqrecv $1 $2 --timeout=0 || fail=1

  # A COMMAND that exits with 127 itself only failed.
  mqsend $1 $2 c || fail=1
  returns_ 123 timeout 30 mqrecv $1 $2 -- sh -c 'exit 127' || fail=1
  mqrecv $1 $2 --timeout=0 > out || fail=1
  echo c > exp || framework_failure_
  compare exp out || fail=1
}

fresh_key_
run_ -k $key

posix_mq_ || Exit $fail
fresh_name_
run_ -p $name

Exit $fail
