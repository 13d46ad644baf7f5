#!/bin/sh
# the manual's examples of mqrecv with a COMMAND work

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
require_sysv_ipc_

extract_example_ mq.texi mq-worker.sh || framework_failure_
extract_example_ mq.texi mq-drain.sh || framework_failure_

# mq-drain.sh: every message in log, one per line; 124 means success.
fresh_key_
mqsend -k $key one two three || fail=1
timeout 30 sh mq-drain.sh $key || fail=1
printf '%s\n' one two three > exp || framework_failure_
compare exp log || fail=1
returns_ 124 mqrecv -k $key --timeout=0 || fail=1

# mq-worker.sh: the files named are compressed; a missing one goes to
# the dead letter queue after 3 attempts; SIGTERM stops the worker.
posix_mq_ || Exit $fail
fresh_name_; jobs=$name
fresh_name_; dead=$name
echo a > a && echo b > b || framework_failure_
(sh -c 'echo $$ > pid; exec sh mq-worker.sh "$@" 2> err' sh $jobs $dead;
 echo $? > status) 2> /dev/null & bg_ $!
mqsend -p $jobs a missing b || fail=1
poll_until_ test -e a.gz -a -e b.gz || fail=1
poll_until_ grep 'failed 3 times' err || fail=1
kill -s TERM $(cat pid) || fail=1
poll_until_ test -s status || fail=1
test $(cat status) = 143 || fail=1
mqrecv -p $dead --timeout=0 > out || fail=1
echo missing > exp || framework_failure_
compare exp out || fail=1
returns_ 124 mqrecv -p $jobs --timeout=0 || fail=1

Exit $fail
