#!/bin/sh
# shmcat -R removes the segment only once its data is written out: not when the output fails

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
print_ver_ shmcat
require_sysv_shm_
require_dev_shm_
fail=0

key=$(new_key_) || framework_failure_
name=$(new_name_) || framework_failure_
cleanup_ () { remove_shm_ "$key"; remove_posix_shm_ "$name"; }

head -c 4M /dev/urandom > exp || framework_failure_
shmcat -w -k "$key" < exp || framework_failure_
shmcat -w -p "$name" < exp || framework_failure_

for obj in "-k $key" "-p $name"; do
  # A full disk.
  if test -w /dev/full; then
    returns_ 1 shmcat -R $obj > /dev/full 2> err || fail=1
    grep 'No space left on device' err || { cat err; fail=1; }
    shmcat $obj | cmp - exp || { echo "$obj: removed after ENOSPC"; fail=1; }
  fi

  # A reader that goes away after one byte (EPIPE, status 1).
  shmcat -R $obj 2> err | head -c 1 > /dev/null
  shmcat $obj | cmp - exp || { echo "$obj: removed after EPIPE"; fail=1; }

  # Written out: removed.
  shmcat -R $obj > out || fail=1
  compare exp out || fail=1
done
shm_exists_ "$key" && { echo "segment $key not removed"; fail=1; }
test -e "/dev/shm$name" && { echo "$name not removed"; fail=1; }

Exit $fail
