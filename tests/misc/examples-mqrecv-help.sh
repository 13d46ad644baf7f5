#!/bin/sh
# mqrecv's --help examples, extracted and run (fresh key and queue, a --timeout for the followers); each has its own description line

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
print_ver_ mqsend mqrecv
require_posix_mq_

key=$(new_key_) || framework_failure_
name=$(new_name_) || framework_failure_
cleanup_ () { remove_msq_ $key; remove_mq_ $name; }

# The examples: the lines after "Examples:" indented by 2, each
# followed by its description indented by 6 (help2man needs that).
mqrecv --help | sed -n '/^Examples:/,/^$/p' | sed '1d;$d' > examples \
  || framework_failure_
sed -n 'p;n' examples | grep -v '^  mqrecv ' && fail=1
sed -n 'n;p' examples | grep -v '^      [^ ]' && fail=1
# The commands, with a fresh key and queue; the followers (-f) end when
# the queue stays empty; "..." does echo.
sed -n 'p;n' examples | sed "s/^  //; s/123456/$key/g; s|/jobs|$name|g;
  s/ -f / -f --timeout=$(slow_ 1) /; s/do \.\.\.;/do echo \"\$job\";/" > cmds \
  || framework_failure_
test "$(wc -l < cmds)" = 4 || { cat cmds; framework_failure_; }

# 1: one message of type 10.
mqsend -k $key -t 1 other && mqsend -k $key -t 10 ten || framework_failure_
sed -n 1p cmds > c1; timeout 20 sh c1 > out || fail=1
echo ten > exp; compare exp out || fail=1
# 2: every message, as it comes (124: the queue stayed empty).
mqsend -p $name a b || framework_failure_
sed -n 2p cmds > c2; timeout 20 sh c2 > out
printf 'a\nb\n' > exp; compare exp out || fail=1
# 3: 5 messages (the "other" of type 1 and 4 more).
mqsend -k $key 2 3 4 5 || framework_failure_
sed -n 3p cmds > c3; timeout 20 sh c3 > out || fail=1
printf 'other\n2\n3\n4\n5\n' > exp; compare exp out || fail=1
# 4: the files named get compressed.
echo x > f1 && echo y > f2 || framework_failure_
mqsend -p $name f1 f2 || framework_failure_
sed -n 4p cmds > c4; timeout 20 sh c4
test -f f1.gz && test -f f2.gz || fail=1

Exit $fail
