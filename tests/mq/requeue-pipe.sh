#!/bin/sh
# mqrecv -f | head -1: the message written to the closed pipe is kept

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

fresh_key_

# Run "mqrecv -f ARGS | head -n 1 > out" in the background; 'headdone'
# appears once nothing reads the pipe any more.
start_ ()
{
  rm -f out status headdone err
  (timeout 10 mqrecv -f -k $key -T "$@" 2> err; echo $? > status) \
    | { head -n 1 > out; exec 0<&-; : > headdone; } &
  pid=$!; bg_ $pid
}

# One message queued: head prints it and exits; the next message can
# only be written to a pipe without reader, so it must be put back.
mqsend -k $key -t 5 first || fail=1
start_
poll_until_ test -e headdone || fail=1
mqsend -k $key -t 6 second || fail=1
wait $pid
printf '5\tfirst\n' > exp || framework_failure_
compare exp out || fail=1
echo 1 > exp || framework_failure_
compare exp status || fail=1
compare /dev/null err || fail=1   # no diagnostic for EPIPE
mqrecv -k $key -T --timeout=0 > out || fail=1
printf '6\tsecond\n' > exp || framework_failure_
compare exp out || fail=1
returns_ 124 mqrecv -k $key --timeout=0 || fail=1

# Three queued: head prints the first.  Those that mqrecv wrote into
# the pipe before head exited are head's to lose; the rest, and the
# message sent after head exited, stay queued, once each.
mqsend -k $key a b c || fail=1
start_
poll_until_ test -e headdone || fail=1
mqsend -k $key wake || fail=1
wait $pid
printf '1\ta\n' > exp || framework_failure_
compare exp out || fail=1
echo 1 > exp || framework_failure_
compare exp status || fail=1
compare /dev/null err || fail=1
mqrecv -k $key -c 4 --timeout=0 > left
test $? = 124 || test $? = 0 || fail=1
cat left
grep -x wake left || fail=1
sort left | uniq -d > dups || framework_failure_
compare /dev/null dups || fail=1
grep -v -x -e b -e c -e wake left && fail=1

Exit $fail
