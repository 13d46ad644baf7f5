#!/bin/sh
# fifocat's other examples (--help, fifocat.x, the manual), extracted and run as written: collectors, atomic lines, --timeout=0, a private FIFO, the ping-pong sessions

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
print_ver_ fifocat

# The first example of each is examples-fifocat.sh's.
help_examples_ fifocat > help-ex || framework_failure_
test "$(wc -l < help-ex)" = 5 || { cat help-ex; framework_failure_; }
# fifocat.x shows the same commands as --help: run once, for both.
help_examples_ fifocat | sed 's/^  //' > exp || framework_failure_
man_examples_ fifocat > man-ex || framework_failure_
compare exp man-ex || fail=1

# "make" here (there is no makefile) and "./test-suite" (a stand-in)
# print lines; a collector must get them all, whole.
make > make.out 2>&1
test -s make.out || framework_failure_
printf '#!/bin/sh\nseq 100 | sed "s/^/test /"\n' > test-suite &&
  chmod +x test-suite || framework_failure_
echo hello > msg || framework_failure_

# collect_ WRITERS: run the collector of --help's second example in the
# background (as its own process: "exec"), then the file WRITERS, then
# end the collector with SIGTERM (a background job ignores SIGINT):
# it must die of it and remove its FIFO.
collect_ ()
{
  rm -f log.fifo log
  { echo exec; help_command_ fifocat 2; } | tr '\n' ' ' > collector
  sh collector & pid=$!; bg_ $pid
  timeout 20 sh "$1" || { echo "$1 failed"; fail=1; }
  poll_until_ waiting_ $pid fifocat || fail=1
  kill -s TERM $pid; wait $pid
  test $? = 143 || { echo "collector: not ended by SIGTERM"; fail=1; }
  test -e log.fifo && { echo "log.fifo left"; fail=1; }
}

# --help 3: "make 2>&1 | fifocat -w -l log.fifo", twice, at once.
help_command_ fifocat 3 > writer || framework_failure_
printf 'sh writer & sh writer; wait $!\n' > writers
collect_ writers
cat make.out make.out | sort > exp
sort log > sorted; compare exp sorted || fail=1

# --help 4: with nobody reading, 124 and no FIFO left; with a reader
# waiting, msg is delivered.
help_command_ fifocat 4 > c4 || framework_failure_
returns_ 124 timeout 10 sh c4 || fail=1
test -e ctl.fifo && { echo "ctl.fifo left"; fail=1; }
mkfifo ctl.fifo || framework_failure_
timeout 20 fifocat ctl.fifo > got & pid=$!; bg_ $pid
poll_until_ waiting_ $pid fifocat || fail=1
timeout 10 sh c4 || fail=1
wait $pid || fail=1
compare msg got || fail=1

# --help 5: in.fifo is made with mode 600, and the count is printed.
help_command_ fifocat 5 > c5 || framework_failure_
timeout 20 sh c5 > count & pid=$!; bg_ $pid
poll_until_ test -p in.fifo || fail=1
test "$(stat -c %a in.fifo)" = 600 || fail=1
fifocat -w in.fifo < msg || fail=1
wait $pid || fail=1
echo 6 > exp; compare exp count || fail=1

# The manual's block, group by group (they are separated by an empty
# line), after the first (examples-fifocat.sh's).
extract_example_ fifo.texi fifocat-examples || framework_failure_
awk -v RS= '{ print > ("group" NR) }' fifocat-examples || framework_failure_
test -f group4 && test ! -f group5 || framework_failure_
# 2: the collector and its two writers, together; the collector is
# the job that the group leaves running.
rm -f log.fifo log
{ cat group2; echo 'echo $! > collector.pid'; } > g2
timeout 20 sh g2 || fail=1
pid=$(cat collector.pid) || fail=1
bg_ $pid
poll_until_ test -s log || fail=1
kill -s TERM $pid
poll_until_ gone_ $pid || fail=1
test -e log.fifo && { echo "group 2: log.fifo left"; fail=1; }
{ cat make.out; ./test-suite; } > exp
compare exp log || fail=1
# 3: nobody reads: no "delivered", no FIFO left; with a reader:
# "delivered".
rm -f ctl.fifo
timeout 10 sh group3 > out || fail=1
compare /dev/null out || fail=1
test -e ctl.fifo && { echo "group 3: ctl.fifo left"; fail=1; }
mkfifo ctl.fifo || framework_failure_
timeout 20 fifocat ctl.fifo > got & pid=$!; bg_ $pid
poll_until_ waiting_ $pid fifocat || fail=1
timeout 10 sh group3 > out || fail=1
echo delivered > exp; compare exp out || fail=1
wait $pid || fail=1
compare msg got || fail=1
# 4: as --help 5.
rm -f in.fifo
timeout 20 sh group4 > count & pid=$!; bg_ $pid
poll_until_ test -p in.fifo || fail=1
test "$(stat -c %a in.fifo)" = 600 || fail=1
fifocat -w in.fifo < msg || fail=1
wait $pid || fail=1
echo 6 > exp; compare exp count || fail=1

# The manual's refusal: a regular file is left as it was.
extract_example_ fifo.texi fifocat-refused || framework_failure_
echo notes > notes.txt && echo data > data || framework_failure_
transcript_ fifocat-refused
compare fifocat-refused.exp fifocat-refused.out || fail=1
echo notes > exp; compare exp notes.txt || fail=1

# The manual's ping-pong sessions, with the shell's and Python's server.
for f in fifo-pong.sh fifo-ping.sh fifo-pingpong fifo-pong.py \
         fifo-pingpong-py; do
  extract_example_ fifo.texi $f || framework_failure_
done
transcript_ fifo-pingpong 's|/tmp/pp|pp|g' 'test -p pp/pong' || fail=1
compare fifo-pingpong.exp fifo-pingpong.out || fail=1
poll_until_ test ! -e pp/ping || fail=1
require_python_
transcript_ fifo-pingpong-py "s|/tmp/pp|pp|g; s|^\\\$ python3 |\$ $PYTHON |" \
  'test -p pp/pong' || fail=1
compare fifo-pingpong.exp fifo-pingpong-py.out || fail=1
poll_until_ test ! -e pp/ping || fail=1

Exit $fail
