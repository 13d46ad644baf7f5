#!/bin/sh
# The harness's tests/run-test fails a test that leaves behind an IPC
# object it named, removes the object, stops a test that hangs, and
# passes other exit statuses through.

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
require_sysv_ipc_
require_sysv_ipc_
run_test="$abs_top_srcdir/tests/run-test"
key=$(new_key_) || framework_failure_
cleanup_ () { remove_msq_ "$key"; }

# A test that notes a key and leaves its queue behind fails, and the
# queue is removed.
cat > leak.sh <<'END'
echo "key $1" >> "$IPCUTILS_TEST_OBJECTS"
mqsend -k "$1" x
END
returns_ 1 sh "$run_test" sh leak.sh "$key" 2> err || fail=1
cat err
grep "left IPC objects behind" err > /dev/null || fail=1
grep "$(printf '0x%08x' "$key")" err > /dev/null || fail=1
test -z "$(msq_id_ "$key")" || fail=1

# The same test that removes its queue passes.
printf 'mqrecv -k "$1" -R > /dev/null\n' >> leak.sh
sh "$run_test" sh leak.sh "$key" || fail=1
test -z "$(msq_id_ "$key")" || fail=1

# So does a POSIX queue, found with or without /dev/mqueue.
if posix_mq_; then
  name=$(new_name_) || framework_failure_
  cat > leak-posix.sh <<'END'
echo "name $1" >> "$IPCUTILS_TEST_OBJECTS"
mqsend -p "$1" x
END
  returns_ 1 sh "$run_test" sh leak-posix.sh "$name" 2> err || fail=1
  cat err
  grep "POSIX message queue $name" err > /dev/null || fail=1
  mq_exists_ "$name" && { fail=1; remove_mq_ "$name"; }
fi

# A test that hangs is stopped, with its children.
cat > hang.sh <<'END'
sleep 1000 & echo $! > child.pid
wait
END
returns_ 1 env IPCUTILS_TEST_TIMEOUT=1 sh "$run_test" sh hang.sh 2> err \
  || fail=1
cat err
grep "did not end within 1 s" err > /dev/null || fail=1
poll_until_ sh -c '! kill -0 $(cat child.pid) 2>/dev/null' || fail=1

# Other statuses pass through: 77 (skip) and 99 (hard error).
printf 'exit 77\n' > skip.sh
returns_ 77 sh "$run_test" sh skip.sh || fail=1
printf 'exit 99\n' > hard.sh
returns_ 99 sh "$run_test" sh hard.sh || fail=1

Exit $fail
