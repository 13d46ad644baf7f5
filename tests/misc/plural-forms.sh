#!/bin/sh
# a count in a diagnostic takes its singular form for 1 and its plural for 2, in the C locale

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
print_ver_ mqsend mmapcat
LC_ALL=C; export LC_ALL

# mmapcat: an offset past the end of a file of 1, then 2 bytes.
printf x > f1 || framework_failure_
printf xy > f2 || framework_failure_
returns_ 1 mmapcat -o 5 f1 2> err || fail=1
echo "mmapcat: offset 5 is beyond the end of 'f1' (1 byte)" > exp \
  || framework_failure_
compare exp err || fail=1
returns_ 1 mmapcat -o 5 f2 2> err || fail=1
echo "mmapcat: offset 5 is beyond the end of 'f2' (2 bytes)" > exp \
  || framework_failure_
compare exp err || fail=1

# mqsend: a full POSIX queue of N messages after N were sent.
require_posix_mq_
for n in 1 2; do
  fresh_name_
  seq $((n + 1)) > in || framework_failure_
  returns_ 124 mqsend -p "$name" --max-messages=$n --timeout=0 < in 2> err \
    || fail=1
  case $n in
    1) what='1 message was sent' ;;
    2) what='2 messages were sent' ;;
  esac
  echo "mqsend: timed out after 0s waiting for room in message queue" \
    "'$name' ($what)" > exp \
    || framework_failure_
  compare exp err || fail=1
done

Exit $fail
