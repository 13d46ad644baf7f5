#!/bin/sh
# a receiver allowed only to read a queue cannot put back a message it failed to write: it says that message is lost, and the queue keeps the others

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
# The queues belong to OWNER; PEER is in their group, which may only
# read them (0640): PEER may receive, not send, so not put back either.
owner=65534 peer=65533 group=65534
as_owner_ () { setpriv --reuid=$owner --regid=$group --clear-groups "$@"; }
as_peer_ () { setpriv --reuid=$peer --regid=$group --clear-groups "$@"; }
as_peer_ mqrecv --version > /dev/null \
  || skip_ 'the programs cannot run as another user here'

printf '%s\n' one two > exp-left || framework_failure_

# check_ OPTION QUEUE: the peer's mqrecv takes "lost" and cannot write
# it (/dev/full): status 1, the loss said, the rest still queued.
check_ ()
{
  as_owner_ mqsend $1 $2 -m 0640 lost one two || framework_failure_
  returns_ 1 as_peer_ mqrecv $1 $2 -c 1 > /dev/full 2> err \
    || { echo "$1: status"; fail=1; }
  grep 'a message of 4 bytes is lost: cannot put it back on message queue' \
    err > /dev/null || { echo "$1: the loss is not said"; cat err; fail=1; }
  timeout 10 mqrecv $1 $2 -f --timeout=0 > left
  compare exp-left left || { echo "$1: what is left"; fail=1; }
}

fresh_key_
check_ -k $key
if posix_mq_; then
  fresh_name_
  check_ -p $name
fi

Exit $fail
