#!/bin/sh
# writing 2 bytes at a large offset with mmapcat -w or shmcat -w takes a page, not the gap, as dd seek= does

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
print_ver_ shmcat mmapcat
require_sysv_shm_
require_dev_shm_
fail=0

key=$(new_key_) || framework_failure_
name=$(new_name_) || framework_failure_
cleanup_ () { remove_shm_ "$key"; remove_posix_shm_ "$name"; }

# used_ FILE: the bytes that FILE takes (st_blocks), as du counts them.
used_ () { expr $(stat -c %b "$1") \* $(stat -c %B "$1"); }
# At most this much is allowed for 2 bytes (a page, or a block, and
# what a file system may add).
small=1048576

# mmapcat, from a pipe and from a regular file.
printf ab > in || framework_failure_
printf ab | mmapcat -w -o 1G f || fail=1
mmapcat -w -o 1G g < in || fail=1
for file in f g; do
  test "$(stat -c %s $file)" = 1073741826 || { echo "$file: wrong size"; fail=1; }
  test "$(used_ $file)" -le $small \
    || { echo "$file: $(du -h $file | cut -f1) used for 2 bytes"; fail=1; }
  mmapcat -o 1G $file > out || fail=1
  compare in out || fail=1
done

# The example of the manual, where the file system takes such a size.
if printf ab | mmapcat -w -o 1T t 2> err; then
  test "$(used_ t)" -le $small \
    || { echo "t: $(du -h t | cut -f1) used for 2 bytes"; fail=1; }
  rm -f t
else
  grep 'File too large' err || { cat err; fail=1; }
fi

# shmcat, a POSIX object: the file in /dev/shm.
printf ab | shmcat -w -p "$name" -o 100M || fail=1
test "$(used_ /dev/shm$name)" -le $small \
  || { echo "$name: $(du -h /dev/shm$name | cut -f1) used for 2 bytes"; fail=1; }
shmcat -p "$name" -o 100M > out || fail=1
compare in out || fail=1

# shmcat, a System V segment: its resident pages (/proc/sysvipc/shm).
printf ab | shmcat -w -k "$key" -o 100M || fail=1
rss=$(awk -v k="$key" '$1 == k { print $15 }' /proc/sysvipc/shm)
test -n "$rss" || framework_failure_
test "$rss" -le $small || { echo "segment $key: $rss bytes resident"; fail=1; }
shmcat -k "$key" -o 100M > out || fail=1
compare in out || fail=1

Exit $fail
