#!/bin/sh
# every program's --timeout ends the same way: "timed out after D waiting for WHAT" on stderr, status 124

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
print_ver_ fifocat mqsend mqrecv sigwait udscat
require_sysv_ipc_
require_python_

# check_ LINE PROGRAM [ARG]...: PROGRAM exits with 124 and writes LINE,
# and nothing else, on standard error (the rule of ipcutils.h and of
# the manual's "Durations").
check_ ()
{
  printf '%s\n' "$1" > exp || framework_failure_
  shift
  returns_ 124 timeout 10 "$@" > out 2> err || fail=1
  compare exp err || fail=1
}

# fifocat, both ways: nobody opens the other end.
mkfifo f || framework_failure_
check_ "fifocat: timed out after 0s waiting for a writer to open 'f'" \
  fifocat --timeout=0 f
check_ "fifocat: timed out after 0.1s waiting for a reader to open 'f'" \
  fifocat -w --timeout=0.1 f < /dev/null

# mqrecv, alone and with a COMMAND: the queue stays empty.
fresh_key_
hex=$(printf '0x%08x' $key)
check_ "mqrecv: timed out after 0s waiting for a message in message queue\
 key $hex" mqrecv -k $key --timeout=0
check_ "mqrecv: timed out after 0.1s waiting for a message in message\
 queue key $hex" mqrecv -k $key --timeout=0.1 -- cat

# mqsend: messages of 4000 bytes, of which 4 fit in the 16384 bytes
# that a queue holds by default.
awk 'BEGIN { for (i = 1; i <= 5; i++) { s = sprintf ("%04d", i);
             while (length (s) < 4000) s = s "x"; print s } }' > in \
  || framework_failure_
check_ "mqsend: timed out after 0s waiting for room in message queue\
 key $hex (4 messages were sent)" mqsend -k $key --timeout=0 < in

# sigwait: no signal comes.
check_ "sigwait: timed out after 0.25s waiting for a signal" \
  sigwait --timeout=0.25 USR1

# udscat: a server that never accepts (its queue of connections is
# full), and a server to which no client connects.
full_backlog_server_ s
check_ "udscat: timed out after 0s waiting for room in the queue of\
 connections of 's'" udscat --timeout=0 s < /dev/null
check_ "udscat: timed out after 0.1s waiting for room in the queue of\
 connections of 's'" udscat --timeout=0.1 s < /dev/null
exec 3>&-
check_ "udscat: timed out after 0s waiting for a connection on 't'" \
  udscat -l --timeout=0 t < /dev/null

Exit $fail
