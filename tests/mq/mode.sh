#!/bin/sh
# --mode sets the permissions of created queues; default 0600 less umask

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
# The POSIX part reads the modes in /dev/mqueue.
mq_listing_ && listing=yes || listing=no

# msq_perms_ KEY: the permissions ipcs shows for System V queue KEY.
msq_perms_ ()
{
  ipcs -q | awk -v k="$(printf '0x%08x' "$1")" '$1 == k { print $4 }'
}

umask 027
fresh_key_; k1=$key
fresh_key_; k2=$key
fresh_key_; k3=$key
mqsend -k $k1 -m 0604 m || fail=1
mqsend -k $k2 --mode=u=rw,g=r,o= m || fail=1
mqsend -k $k3 m || fail=1
printf '%s\n' 604 640 600 > exp || framework_failure_
for k in $k1 $k2 $k3; do msq_perms_ $k; done > out || fail=1
compare exp out || fail=1

# --mode does not change an existing queue.
mqsend -k $k1 -m 0600 m || fail=1
test "$(msq_perms_ $k1)" = 604 || fail=1

if test $listing = yes; then
  fresh_name_; n1=$name
  fresh_name_; n2=$name
  fresh_name_; n3=$name
  mqsend -p $n1 -m 604 m || fail=1
  # A receiver creates the queue too (look while it waits: a queue
  # nobody used is removed when the timeout expires).
  timeout 20 mqrecv -p $n2 --mode=u=rw,g=r,o= > /dev/null & recv=$!
  bg_ $recv
  poll_until_ mq_exists_ $n2 || fail=1
  mqsend -p $n3 m || fail=1
  for n in $n1 $n2 $n3; do stat -c %a /dev/mqueue$n; done > out || fail=1
  compare exp out || fail=1
  mqsend -p $n2 m && wait $recv || fail=1
fi

Exit $fail
