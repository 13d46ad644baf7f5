#!/bin/sh
# the signal examples of the README and of sigwait.x, extracted and run as written: each ends, the server answers its client

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
print_ver_ sigwait sigsend

cleanup_ ()
{
  test -s server.pid && sigsend -s TERM --pidfile=server.pid 2>/dev/null
  test -n "$peer" && kill $peer 2>/dev/null
}

# The README's three lines, as indented there.
sed -n '/^Serve requests by signal/,/^Fill shared memory/p' "$abs_top_srcdir/README" |
  sed -n 's/^    //p' > lines || framework_failure_
test "$(wc -l < lines)" = 3 || { cat lines; framework_failure_; }

# The server line (it ends with "&"), then, once its pidfile is there
# (a reader types the next line later than that), the client line,
# which must get its answer.
sed -n 1p lines > server || framework_failure_
sh server > /dev/null 2>&1
poll_until_ test -s server.pid || fail=1
sed -n 2p lines > client || framework_failure_
timeout 10 sh client > out || fail=1
echo USR1 > exp || framework_failure_
compare exp out || fail=1

# The third line, with $pid a waiting sigwait (a stand-in peer).
sigwait -v --pidfile=peer.pid RTMIN+1 > peer.out &
peer=$!
poll_until_ test -s peer.pid || fail=1
pid=$(cat peer.pid)
sed -n 3p lines > third || framework_failure_
pid=$pid timeout 10 sh -c '. ./third' || fail=1
wait $peer || fail=1
peer=
grep 'value=42' peer.out || { cat peer.out; fail=1; }

# sigwait.x's examples, the man page's roff escapes undone; the one
# that follows (-f) ends with its --timeout, the one that waits for
# HUP is sent HUP.
sed -n '/^\[EXAMPLES\]/,/^\[/p' "$abs_top_srcdir/man/sigwait.x" |
  sed -n 's/^\\fB\(.*\)\\fR$/\1/p' |
  sed 's/\\-/-/g; s/\\(dq/"/g; s/\\(aq/'"'"'/g' > man-ex || framework_failure_
test "$(wc -l < man-ex)" = 3 || { cat man-ex; framework_failure_; }
# 1: "... do ...; done": the body made a no-op, a timeout added.
sed -n 1p man-ex | sed 's/do \.\.\.; done/do :; done/; s/^sigwait -f/sigwait --timeout=0.2 -f/' > m1
# No USR1 comes: sigwait ends at its --timeout (exit 124, which the
# pipeline does not report), and the loop at end of file.
timeout 10 sh m1 > /dev/null 2>&1 || fail=1
# 2: no HUP comes: the message, after the 5 seconds (made 0.3).
sed -n 2p man-ex | sed 's/--timeout=5s/--timeout=0.3s/' > m2
timeout 10 sh m2 > out 2> /dev/null || fail=1
echo 'no HUP within 5 seconds' > exp
compare exp out || fail=1
# 3: as written, it must end.
sed -n 3p man-ex > m3
timeout 10 sh m3 > out || fail=1
printf 'RTMIN\nRTMIN\n' > exp
compare exp out || fail=1

Exit $fail
