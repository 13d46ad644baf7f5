#!/bin/sh
# mmapcat gives clear errors for directories, FIFOs, missing files, bad sizes

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

mkdir d || framework_failure_
mkfifo fifo || framework_failure_
echo data > f || framework_failure_

returns_ 1 mmapcat d 2> err || fail=1
grep "'d': Is a directory" err || fail=1
returns_ 1 mmapcat -w d < f 2> err || fail=1
grep "'d'.*directory" err || fail=1

# Without a writer, opening a FIFO would block: the bound catches that.
returns_ 1 timeout 10 mmapcat fifo 2> err || fail=1
grep "'fifo': is a FIFO" err || fail=1
returns_ 1 timeout 10 mmapcat -w fifo < f 2> err || fail=1
grep "'fifo': is a FIFO" err || fail=1

returns_ 1 mmapcat missing 2> err || fail=1
grep "cannot open 'missing': No such file" err || fail=1
returns_ 1 mmapcat -w --no-create missing < f 2> err || fail=1
test -e missing && fail=1

returns_ 1 mmapcat -o 1X f 2> err || fail=1
grep 'invalid offset' err || fail=1
returns_ 1 mmapcat -l -5 f 2> err || fail=1
returns_ 1 mmapcat 2> err || fail=1
grep 'missing operand' err || fail=1
returns_ 1 mmapcat f g 2> err || fail=1
grep 'extra operand' err || fail=1
returns_ 1 mmapcat --sync f 2> err || fail=1

Exit $fail
