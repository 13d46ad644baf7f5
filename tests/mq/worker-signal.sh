#!/bin/sh
# mqrecv COMMAND on SIGTERM, SIGHUP: waits for COMMANDs, puts back the failed, dies of it

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

# work: fails for the odd messages, which are taken again and again
# until the signal, and notes the even ones in "ok".
cat > work <<'EOS' || framework_failure_
read -r m
echo "$m" >> started
case $m in *[13579]) exit 1;; esac
echo "$m" >> ok
EOS
printf 'm%s\n' 1 2 3 4 5 6 7 8 > all || framework_failure_

# try_ OPTION ARG SIGNAL STATUS: send 8 messages, start mqrecv -j 3,
# send SIGNAL while COMMANDs run; mqrecv must die of it promptly, and
# every message must be handled once ("ok") or back in the queue.
try_ ()
{
  rm -f started ok status pid
  mqsend $1 $2 $(cat all) || fail=1
  # (The shell's own report of the signal goes to its standard error.)
  (sh -c 'echo $$ > pid; exec mqrecv "$@" 2> err' sh $1 $2 -f -j 3 \
     -- sh work; echo $? > status) 2> /dev/null & bg_ $!
  poll_until_ test -s started || { fail=1; return; }
  kill -s $3 $(cat pid) || fail=1
  poll_until_ test -s status || { fail=1; return; }
  test $(cat status) = $4 || { echo "status $(cat status), not $4"; fail=1; }
  compare /dev/null err || { echo "diagnostic"; fail=1; }
  mqrecv $1 $2 -c 8 --timeout=0 > left
  rc=$?
  test $rc = 0 || test $rc = 124 || fail=1
  touch ok
  sort ok left > got
  compare all got || { echo "lost or duplicated"; fail=1; }
  grep '[13579]$' ok && fail=1
}

n=$(scaled_ 10)
fresh_key_
i=0
while test $i -lt $n; do
  try_ -k $key TERM 143
  try_ -k $key HUP 129
  i=$(expr $i + 1)
done

posix_mq_ || Exit $fail
fresh_name_
i=0
while test $i -lt $n; do
  try_ -p $name TERM 143
  try_ -p $name HUP 129
  i=$(expr $i + 1)
done

Exit $fail
