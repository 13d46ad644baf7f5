#!/bin/sh
# -k and -p ask only for the access the tool needs: a user allowed only to send, or only to receive, can do that

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

test "$(id -u)" = 0 || skip_ 'needs root, to act as two other users'
command -v setpriv > /dev/null || skip_ 'setpriv is not installed'
# The queues belong to OWNER; PEER is in their group, and so may only
# do what the group's bits allow.
owner=65534 peer=65533 group=65534
as_owner_ () { setpriv --reuid=$owner --regid=$group --clear-groups "$@"; }
as_peer_ () { setpriv --reuid=$peer --regid=$group --clear-groups "$@"; }
as_peer_ mqsend --version > /dev/null \
  || skip_ 'the programs cannot run as another user here'

# System V: a queue that the group may only write to (0620), then one
# it may only read (0640).
fresh_key_; wkey=$key
fresh_key_; rkey=$key
as_owner_ mqsend -k $wkey -m 0620 < /dev/null || framework_failure_
as_owner_ mqsend -k $rkey -m 0640 queued || framework_failure_
test "$(ipcs -q | awk -v k=$(printf '0x%08x' $wkey) '$1 == k { print $3 $4 }')" \
  = nobody620 || framework_failure_

as_peer_ mqsend -k $wkey sent || fail=1
mqrecv -k $wkey --timeout=0 > out || fail=1
echo sent > exp; compare exp out || fail=1
# Receiving needs read permission, which the peer lacks.
returns_ 1 as_peer_ mqrecv -k $wkey --timeout=0 2> err || fail=1
grep 'Permission denied' err > /dev/null || { cat err; fail=1; }

as_peer_ mqrecv -k $rkey --timeout=0 > out || fail=1
echo queued > exp; compare exp out || fail=1
returns_ 1 as_peer_ mqsend -k $rkey more 2> err || fail=1
grep 'Permission denied' err > /dev/null || { cat err; fail=1; }
returns_ 124 mqrecv -k $rkey --timeout=0 || fail=1

# The same with --id, which never asked for more than needed.
as_peer_ mqsend -i $(msq_id_ $wkey) by-id || fail=1
mqrecv -k $wkey --timeout=0 > out || fail=1
echo by-id > exp; compare exp out || fail=1

# POSIX.
if posix_mq_; then
  fresh_name_; wname=$name
  fresh_name_; rname=$name
  as_owner_ mqsend -p $wname -m 0620 < /dev/null || framework_failure_
  as_owner_ mqsend -p $rname -m 0640 queued || framework_failure_
  as_peer_ mqsend -p $wname sent || fail=1
  mqrecv -p $wname --timeout=0 > out || fail=1
  echo sent > exp; compare exp out || fail=1
  returns_ 1 as_peer_ mqrecv -p $wname --timeout=0 2> err || fail=1
  as_peer_ mqrecv -p $rname --timeout=0 > out || fail=1
  echo queued > exp; compare exp out || fail=1
  returns_ 1 as_peer_ mqsend -p $rname more 2> err || fail=1
fi

Exit $fail
