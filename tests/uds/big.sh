#!/bin/sh
# udscat copies 256 MiB binary-exact through pipes (splice)

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
print_ver_ udscat
# 16 MiB of random bytes, sent 16 times: 256 MiB.
head -c 16M /dev/urandom > chunk || framework_failure_
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16; do cat chunk; done \
  | cksum > exp || framework_failure_

udscat -l s < /dev/null | cksum > out & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16; do cat chunk; done \
  | timeout 60 udscat s || fail=1
wait $pid || fail=1
compare exp out || fail=1

# The other way: from the listening side to the connecting one.
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16; do cat chunk; done \
  | udscat -l s & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
timeout 60 udscat s < /dev/null | cksum > out2 || fail=1
wait $pid || fail=1
compare exp out2 || fail=1

Exit $fail
