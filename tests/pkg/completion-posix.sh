#!/bin/sh
# -p completes the names of existing POSIX queues and shared memory objects

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
print_ver_ mqsend
require_bash_completion_
# The completion offers the queues that /dev/mqueue lists.
require_mq_listing_
test -w /dev/mqueue || skip_ "/dev/mqueue is not writable"
test -d /dev/shm && test -w /dev/shm || skip_ "no writable /dev/shm"

q=$(new_name_) || framework_failure_
s=$(new_name_) || framework_failure_
cleanup_ () { rm -f "/dev/mqueue$q" "/dev/shm$s"; }
echo x | mqsend -p "$q" || framework_failure_
test -f "/dev/mqueue$q" || framework_failure_
: > "/dev/shm$s" || framework_failure_

complete_ "mqrecv -p $q" "mqsend --posix=$q" "mqrecv -p ${q#/}" \
  "shmcat -p $s" > out || fail=1
cat > exp <<EOT
> mqrecv -p $q
$q
> mqsend --posix=$q
$q
> mqrecv -p ${q#/}
${q#/}
> shmcat -p $s
$s
EOT
compare exp out || fail=1

# A queue is not offered for shared memory, nor the reverse.
complete_ "shmcat -p $q" "mqrecv -p $s" > out || fail=1
printf '> %s\n' "shmcat -p $q" "mqrecv -p $s" > exp
compare exp out || fail=1

Exit $fail
