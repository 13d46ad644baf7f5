#!/bin/sh
# COMMAND inherits neither the listening socket nor another connection: every socket udscat makes closes on exec

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
test -d /proc/self/fd || skip_ 'no /proc/self/fd'

# Each COMMAND lists its descriptors that are sockets (those of its
# shell) and waits for its client's input, so that two connections are
# open at once: neither COMMAND may hold the other's, nor the listening
# socket; only its own connection, as standard input and output.
udscat -lk --max-clients=2 s sh -c '
  for f in /proc/$$/fd/*; do
    case $(readlink "$f") in socket:*) echo "${f##*/}" ;; esac
  done | sort -n | tr "\n" " "
  echo; cat > /dev/null' \
  > /dev/null & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
mkfifo f1 f2 || framework_failure_
timeout 10 udscat s < f1 > out1 & c1=$!; bg_ $c1
exec 7> f1
poll_until_ test -s out1 || fail=1
timeout 10 udscat s < f2 > out2 & c2=$!; bg_ $c2
exec 8> f2
poll_until_ test -s out2 || fail=1
exec 7>&- 8>&-
wait $c1 || fail=1
wait $c2 || fail=1
kill $pid
echo '0 1 ' > exp
compare exp out1 || fail=1
compare exp out2 || fail=1

Exit $fail
