#!/bin/sh
# mmapcat -w that fails before writing anything leaves no file behind, and an existing file as it was

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
print_ver_ mmapcat
fail=0

printf ab > in || framework_failure_

# 7 EiB is a valid offset, but past what a file system takes.
returns_ 1 sh -c 'printf ab | mmapcat -w -o 7E new' 2> err || fail=1
grep "cannot make 'new'" err || { cat err; fail=1; }
test -e new && { echo "a piped write left 'new'"; fail=1; rm -f new; }
returns_ 1 mmapcat -w -o 7E new < in 2> err || fail=1
test -e new && { echo "a write from a file left 'new'"; fail=1; rm -f new; }
returns_ 1 mmapcat -w --exclusive -o 7E new < in 2> err || fail=1
test -e new && { echo "--exclusive left 'new'"; fail=1; rm -f new; }

# An existing file keeps its size and contents.
printf keep > old || framework_failure_
returns_ 1 sh -c 'printf ab | mmapcat -w -o 7E old' 2> err || fail=1
printf keep > exp || framework_failure_
compare exp old || fail=1

# A successful write of nothing keeps the file it created.
mmapcat -w empty < /dev/null || fail=1
test -f empty || { echo "an empty write left no file"; fail=1; }

Exit $fail
