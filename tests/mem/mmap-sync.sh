#!/bin/sh
# mmapcat -w --sync calls msync (MS_SYNC) on what it wrote

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
strace -o /dev/null true 2>/dev/null || skip_ 'strace does not work here'
# LeakSanitizer cannot work under ptrace (tests/check-sanitize).
ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0
export ASAN_OPTIONS

seq 1000 > exp || framework_failure_
strace -o trace -e trace=msync mmapcat -w --sync f < exp || fail=1
compare exp f || fail=1
grep 'msync(.*MS_SYNC' trace || { cat trace; fail=1; }

# Without --sync, no msync.
strace -o trace -e trace=msync mmapcat -w g < exp || fail=1
grep 'msync' trace && fail=1

Exit $fail
