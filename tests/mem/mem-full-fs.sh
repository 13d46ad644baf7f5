#!/bin/sh
# on a full file system, a sparse write succeeds and a write past the free space fails cleanly (no SIGBUS), leaving no new object without data

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
fail=0

# A private mount namespace, with a 1 MiB tmpfs on ./mnt and on
# /dev/shm, which go away with it.
unshare -m --propagation private true 2>/dev/null \
  || skip_ 'cannot make a mount namespace (unshare -m): not root?'
mkdir mnt || framework_failure_
cat > inner.sh <<'INNER' || framework_failure_
mount -t tmpfs -o size=1m tmpfs mnt && mount -t tmpfs -o size=1m tmpfs /dev/shm \
  || exit 77
fail=0
bad () { echo "$*"; fail=1; }

# A sparse write needs a page, however large the offset.
printf ab | mmapcat -w -o 100M mnt/sparse || bad "mmapcat: sparse write failed"
printf ab | shmcat -w -p /sparse -o 100M || bad "shmcat: sparse write failed"
rm -f mnt/sparse /dev/shm/sparse

# Past the free space: status 1 (not death by SIGBUS) and a diagnostic;
# the file keeps what was copied, and no more.
head -c 2M /dev/zero | mmapcat -w mnt/big 2> err; s=$?
test $s = 1 || bad "mmapcat: status $s"
grep 'No space left on device' err > /dev/null || { cat err; bad "mmapcat: no diagnostic"; }
test "$(stat -c %s mnt/big)" -lt 2097152 || bad "mmapcat: grown past the data"
test -z "$(tr -d '\000' < mnt/big | head -c 1)" || bad "mmapcat: not the input"

# A new file or object that gets nothing is removed.
head -c 2M /dev/zero > mnt/filler 2> /dev/null
printf ab | mmapcat -w mnt/new 2> err; s=$?
test $s = 1 || bad "mmapcat: status $s on a full file system"
grep 'No space left on device' err > /dev/null || { cat err; bad "mmapcat: no diagnostic"; }
test -e mnt/new && bad "mmapcat: left an empty file"
head -c 2M /dev/zero | shmcat -w -p /big 2> err; s=$?
test $s = 1 || bad "shmcat: status $s"
grep 'No space left on device' err > /dev/null || { cat err; bad "shmcat: no diagnostic"; }
test -e /dev/shm/big && bad "shmcat: left an object it created"
exit $fail
INNER
unshare -m --propagation private sh inner.sh; s=$?
test $s = 77 && skip_ 'cannot mount a tmpfs'
test $s = 0 || fail=1

Exit $fail
