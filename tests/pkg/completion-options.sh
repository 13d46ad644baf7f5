#!/bin/sh
# the completion offers exactly the options that each program's --help lists

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
progs='mqsend mqrecv fifocat udscat sigsend sigwait shmcat mmapcat'
print_ver_ $progs
require_bash_completion_

for p in $progs; do
  # The option column of --help: "  -k, --key=KEY   ..." gives -k and
  # --key=, "      --whole   ..." gives --whole.
  "$p" --help > help-$p || fail=1
  sed -n 's/^ \{2,6\}\(-[^ ]*\)\( \{1,\}\(-[^ ]*\)\)\{0,1\}  .*/\1 \3/p' \
    help-$p | tr ', ' '\n\n' | sed -n 's/=.*/=/; /^-/p' \
    | LC_ALL=C sort > exp-$p || framework_failure_
  test -s exp-$p || { echo "no option found in $p --help"; fail=1; }
  complete_ "$p -" > out || fail=1
  sed 1d out | LC_ALL=C sort > out-$p
  compare exp-$p out-$p || { echo "options of $p differ"; fail=1; }
done

Exit $fail
