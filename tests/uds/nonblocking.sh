#!/bin/sh
# udscat relays whole streams and records when its standard input and output are in non-blocking mode

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
require_python_

# O_NONBLOCK belongs to the open file description, which udscat shares
# with its invoker: reads and writes then fail with EAGAIN instead of
# waiting.  nb.py sets it on descriptors 0 and 1, then runs udscat.
cat > nb.py <<'PYEOF' || framework_failure_
import fcntl, os, sys
for fd in (0, 1):
    fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_NONBLOCK)
os.execvp(sys.argv[1], sys.argv[1:])
PYEOF
# Both ends through pipes in non-blocking mode, both ways at once:
# 7 MB as a stream, 100000 packets.
for opt in '' -s; do
  test -z "$opt" && n=1000000 || n=100000
  seq $n > sdata || framework_failure_
  seq $n | sed 's/^/c/' > cdata || framework_failure_
  rm -f s sst cst
  (cat sdata | "$PYTHON" nb.py udscat -l $opt s; echo $? > sst) \
    | cat > sgot & spid=$!; bg_ $spid
  wait_socket_ s || framework_failure_
  (cat cdata | "$PYTHON" nb.py udscat $opt s; echo $? > cst) \
    | cat > cgot & cpid=$!; bg_ $cpid
  wait $cpid; wait $spid
  echo 0 > exp
  compare exp sst || { echo "server $opt failed"; fail=1; }
  compare exp cst || { echo "client $opt failed"; fail=1; }
  compare cdata sgot > /dev/null || { echo "server $opt: wrong data"; fail=1; }
  compare sdata cgot > /dev/null || { echo "client $opt: wrong data"; fail=1; }
done

Exit $fail
