#!/bin/sh
# udscat's examples (--help, udscat.x, the manual), extracted and run as written, against stand-in servers and clients

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

# Our abstract name, for the examples' @my-service.
svc=ipcutils-test-$$-$(random_ 30)

help_examples_ udscat | sed 's/^  //' > help-ex || framework_failure_
test "$(wc -l < help-ex)" = 5 || { cat help-ex; framework_failure_; }
# udscat.x shows the commands of --help, and one more.
man_examples_ udscat > man-ex || framework_failure_
grep -v -e '--allow-uid=root,www-data s ./handler$' man-ex > man-help \
  || framework_failure_
compare help-ex man-help || fail=1
# The stand-in handler; it serves us if we are root or www-data.
printf '#!/bin/sh\necho handled\n' > handler && chmod +x handler \
  || framework_failure_
case $(id -un) in
  root | www-data) echo handled > handled ;;
  *) : > handled ;;
esac

# cmd_ N: --help's Nth example, with our paths and names.
cmd_ ()
{
  sed -n "$1p" help-ex | sed "s|/run/app.sock|app.sock|; s|/tmp/log.sock|log.sock|;
    s|@my-service|@$svc|"
}

# 1: a request, and the whole answer of a stand-in service.
udscat -l app.sock sh -c 'read -r r; echo "answer to $r"' & pid=$!; bg_ $pid
wait_socket_ app.sock || fail=1
cmd_ 1 > c1 && timeout 10 sh c1 > out || fail=1
echo 'answer to status' > exp; compare exp out || fail=1
wait $pid || fail=1

# 2: one connection, into out.
cmd_ 2 > c2 && { timeout 10 sh c2 & pid=$!; bg_ $pid; }
wait_socket_ s || fail=1
echo hi | timeout 10 udscat s || fail=1
wait $pid || fail=1
echo hi > exp; compare exp out || fail=1

# 3: the greeting echo server, mode 600; TERM ends it and removes s.
{ printf 'exec '; cmd_ 3; } > c3 && { timeout 20 sh c3 & pid=$!; bg_ $pid; }
wait_socket_ s || fail=1
test "$(stat -c %a s)" = 600 || fail=1
for i in 1 2; do
  echo "x $i" | timeout 10 udscat s > out || fail=1
  printf 'hello %s\nx %s\n' "$(id -u)" $i > exp; compare exp out || fail=1
done
mem_term_ $pid 'echo server'
test -e s && { echo 's left'; fail=1; }

# 4: what logger sends, one message a line.
cmd_ 4 > c4 && { timeout 20 sh c4 > out & pid=$!; bg_ $pid; }
wait_socket_ log.sock || fail=1
logger -u log.sock hello || fail=1
poll_until_ grep 'hello$' out > /dev/null || fail=1
kill $pid; wait $pid
poll_until_ test ! -e log.sock || fail=1

# 5: a request to an abstract socket.
seq 3 > request || framework_failure_
udscat -l @$svc > got & pid=$!; bg_ $pid
wait_abstract_ $svc || fail=1
cmd_ 5 > c5 && timeout 10 sh c5 || fail=1
wait $pid || fail=1
compare request got || fail=1

# udscat.x's other one: only root and www-data are served.
sed -n '/--allow-uid=root,www-data s/p' man-ex > m4 || framework_failure_
{ printf 'exec '; cat m4; } > c && { timeout 20 sh c & pid=$!; bg_ $pid; }
wait_socket_ s || fail=1
echo x | timeout 10 udscat s > out 2> /dev/null
compare handled out || fail=1
mem_term_ $pid 'allow-uid server'

# The manual's block, group by group (separated by an empty line),
# with our paths and names.
extract_example_ uds.texi udscat-examples || framework_failure_
sed "s|/run/app.sock|app.sock|; s|/tmp/log.sock|log.sock|;
  s|/run/kv.sock|kv.sock|; s|@my-service|@$svc|" udscat-examples > ours \
  || framework_failure_
awk -v RS= '{ print > ("group" NR) }' ours || framework_failure_
test -f group7 && test ! -f group8 || framework_failure_
# 1 to 3 are --help's 1 to 3.
for i in 1 2 3; do
  grep -v '^#' group$i > g || framework_failure_
  cmd_ $i | compare - g || fail=1
done
# 4: as udscat.x's, and at most 10 at a time.
grep -v '^#' group4 > g || framework_failure_
{ printf 'exec '; cat g; } > c && { timeout 20 sh c & pid=$!; bg_ $pid; }
wait_socket_ s || fail=1
echo x | timeout 10 udscat s > out 2> /dev/null
compare handled out || fail=1
mem_term_ $pid 'group 4 server'
# 5: the sink, then (once it listens, as a reader types the next line
# later) logger.
sed -n 2p group5 > sink && sed -n 3p group5 > log || framework_failure_
{ cat sink; echo 'echo $! > sink.pid'; } > g5
sh g5 > out 2>&1 || fail=1
pid=$(cat sink.pid) || framework_failure_
bg_ $pid
wait_socket_ log.sock || fail=1
timeout 10 sh log || fail=1
poll_until_ grep 'hello$' out > /dev/null || fail=1
# 6: two packets to a stand-in seqpacket service.
udscat -l -s kv.sock > got & pid=$!; bg_ $pid
wait_socket_ kv.sock || fail=1
timeout 10 sh group6 || fail=1
wait $pid || fail=1
printf 'get a\nget b\n' > exp; compare exp got || fail=1
# 7: a server on an abstract socket, then (later) its client.
sed -n 2p group7 > server && sed -n 3p group7 > client || framework_failure_
{ cat server; echo 'echo $! > server.pid'; } > g7
sh g7 > out || fail=1
pid=$(cat server.pid) || framework_failure_
bg_ $pid
wait_abstract_ $svc || fail=1
timeout 10 sh client || fail=1
poll_until_ gone_ $pid || fail=1
echo hi > exp; compare exp out || fail=1

# The manual's refusals, with a stand-in server at app.sock.
extract_example_ uds.texi udscat-refused || framework_failure_
echo data > notes.txt || framework_failure_
udscat -l app.sock > /dev/null & pid=$!; bg_ $pid
wait_socket_ app.sock || fail=1
transcript_ udscat-refused 's|/run/app.sock|app.sock|g'
compare udscat-refused.exp udscat-refused.out || fail=1
echo x | udscat app.sock || fail=1
wait $pid || fail=1

# The manual's ping-pong sessions, the shell's then Python's server.
extract_example_ uds.texi uds-pong.sh || framework_failure_
extract_example_ uds.texi uds-ping.sh || framework_failure_
extract_example_ uds.texi uds-pingpong || framework_failure_
transcript_ uds-pingpong 's|/tmp/pp.sock|pp.sock|g' 'test -S pp.sock' \
  || fail=1
compare uds-pingpong.exp uds-pingpong.out || fail=1
poll_until_ test ! -e pp.sock || fail=1
require_python_
extract_example_ uds.texi uds-pong.py || framework_failure_
extract_example_ uds.texi uds-pingpong-py || framework_failure_
transcript_ uds-pingpong-py "s|/tmp/pp.sock|pp.sock|g; s|^\\\$ python3 |\$ $PYTHON |" \
  'test -S pp.sock' || fail=1
compare uds-pingpong.exp uds-pingpong-py.out || fail=1
poll_until_ test ! -e pp.sock || fail=1

Exit $fail
