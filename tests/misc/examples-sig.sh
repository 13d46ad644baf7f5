#!/bin/sh
# sigsend's and sigwait's examples (--help, sigsend.x, the manual), extracted and run as written against stand-in processes: each signal reaches its target, each request its answer

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
print_ver_ sigsend sigwait

# Stand-ins for the examples' PIDs and process groups: "sleep" in a
# process of its own, or in a process group of its own (setsid in a
# background job of a shell without job control does not fork).
target_ () { sleep 60 & pid=$!; bg_ $pid; }
group_ ()
{
  setsid sleep 60 & gpid=$!; bg_ $gpid; bg_group_ $gpid
  poll_until_ test "$(pgid_ $gpid)" = $gpid || framework_failure_
}
# died_ PID STATUS WHAT: PID ends with STATUS (128 + the signal).
died_ ()
{
  poll_until_ gone_ $1 || { echo "$3: still running"; fail=1; }
  wait $1; s_=$?
  test $s_ = $2 || { echo "$3: status $s_, not $2"; fail=1; }
}
# waiter_ PIDFILE OPTION... SIGNAL: a sigwait with these options, its
# output in waiter.out; set $wpid.
waiter_ ()
{
  pf_=$1; shift
  rm -f "$pf_"
  timeout 20 sigwait --pidfile="$pf_" "$@" > waiter.out & wpid=$!; bg_ $wpid
  poll_until_ test -s "$pf_" || fail=1
}

## sigsend --help.
help_examples_ sigsend > help-ex || framework_failure_
test "$(wc -l < help-ex)" = 7 || { cat help-ex; framework_failure_; }
for i in 1 2 3 4 5 6 7; do help_command_ sigsend $i > h$i; done
# 1: TERM to process 1234.
target_; sed "s/1234/$pid/" h1 > c && sh c || fail=1
died_ $pid 143 'help 1'
# 2: USR1 to the process in d.pid.
waiter_ d.pid USR1
sh h2 || fail=1
wait $wpid || fail=1
echo USR1 > exp; compare exp waiter.out || fail=1
# 3: RTMIN+1 with the value 42.
waiter_ p.pid -v RTMIN+1
sed "s/1234/$(cat p.pid)/" h3 > c && sh c || fail=1
wait $wpid || fail=1
grep '^RTMIN+1 .* value=42$' waiter.out || fail=1
# 4: HUP to process group 4321.
group_; sed "s/4321/$gpid/" h4 > c && sh c || fail=1
died_ $gpid 129 'help 4'
# 5: alive.
target_; sed "s/1234/$pid/" h5 > c && sh c > out || fail=1
echo alive > exp; compare exp out || fail=1
kill $pid
# 6 and 7: the list, and USR1 for 138.
sh h6 > out || fail=1
grep -w USR1 out > /dev/null || fail=1
sh h7 > out || fail=1
echo USR1 > exp; compare exp out || fail=1

## sigsend.x.
man_examples_ sigsend > man-ex || framework_failure_
test "$(wc -l < man-ex)" = 3 || { cat man-ex; framework_failure_; }
# 1: TERM to process group 4321 and process 1234.
group_; target_
sed -n 1p man-ex | sed "s/4321/$gpid/; s/1234/$pid/" > c && sh c || fail=1
died_ $gpid 143 'man 1, group'
died_ $pid 143 'man 1, process'
# 2: RTMAX-1 with the value -5 to the process in worker.pid.
waiter_ worker.pid -v RTMAX-1
sed -n 2p man-ex > c && sh c || fail=1
wait $wpid || fail=1
grep '^RTMAX-1 .* value=-5$' waiter.out || fail=1
# 3: the real-time signals.
sed -n 3p man-ex > c && sh c > out || fail=1
grep -v RT out && fail=1
grep -w RTMIN out > /dev/null || fail=1

## The manual's sigsend examples, each line with its comment: what it
## says it does.
extract_example_ signals.texi sigsend-examples || framework_failure_
test "$(wc -l < sigsend-examples)" = 6 || framework_failure_
target_; sed -n 1p sigsend-examples | sed "s/1234/$pid/" > c && sh c || fail=1
died_ $pid 143 'manual 1'
waiter_ d.pid USR1
sed -n 2p sigsend-examples > c && sh c || fail=1
wait $wpid || fail=1
echo USR1 > exp; compare exp waiter.out || fail=1
waiter_ p.pid -v RTMIN+1
sed -n 3p sigsend-examples | sed "s/1234/$(cat p.pid)/" > c && sh c || fail=1
wait $wpid || fail=1
grep '^RTMIN+1 .* value=42$' waiter.out || fail=1
group_; sed -n 4p sigsend-examples | sed "s/4321/$gpid/" > c && sh c || fail=1
died_ $gpid 129 'manual 4'
target_; sed -n 5p sigsend-examples | sed "s/1234/$pid/" > c && sh c > out \
  || fail=1
echo alive > exp; compare exp out || fail=1
kill $pid
sed -n 6p sigsend-examples > c && sh c > out || fail=1
grep '# prints 63$' c > /dev/null || framework_failure_
echo 63 > exp; compare exp out || fail=1

## sigwait --help.
help_examples_ sigwait > help-ex || framework_failure_
test "$(wc -l < help-ex)" = 4 || { cat help-ex; framework_failure_; }
# 1: one USR1.
{ printf 'exec '; help_command_ sigwait 1; } > c
timeout 20 sh c > out & pid=$!; bg_ $pid
poll_until_ blocks_ $pid USR1 || fail=1
sigsend -s USR1 $(program_ $pid) || fail=1
wait $pid || fail=1
echo USR1 > exp; compare exp out || fail=1
# 2: three RTMIN, queued at once.
rm -f w.pid
help_command_ sigwait 2 > c
timeout 20 sh c > out & pid=$!; bg_ $pid
poll_until_ test -s w.pid || fail=1
for i in 1 2 3; do sigsend -s RTMIN --pidfile=w.pid || fail=1; done
wait $pid || fail=1
printf 'RTMIN\nRTMIN\nRTMIN\n' > exp; compare exp out || fail=1
# 3: every USR1 and USR2, with who sent them, until TERM.
{ printf 'exec '; help_command_ sigwait 3; } > c
timeout 20 sh c > out & pid=$!; bg_ $pid
poll_until_ blocks_ $pid USR1 USR2 || fail=1
sigsend -s USR1 $(program_ $pid) && poll_until_ lines_at_least_ 1 out || fail=1
sigsend -s USR2 $(program_ $pid) && poll_until_ lines_at_least_ 2 out || fail=1
mem_term_ $pid 'help 3'
cut -d' ' -f1 out > got; printf 'USR1\nUSR2\n' > exp; compare exp got || fail=1
grep -c ' pid=[0-9]* uid=[0-9]*' out | grep -x 2 > /dev/null || fail=1
# 4: a request to a server that answers the process ID in the value
# (the manual's pong.sh, at s.pid), and its answer.
extract_example_ signals.texi pong.sh || framework_failure_
sed 's/pong\.pid/s.pid/' pong.sh > s.sh || framework_failure_
sh s.sh & bg_ $!
server=$(pidfile_pid_ s.pid) || fail=1
bg_ $server
help_command_ sigwait 4 > c
timeout 20 sh c > out || fail=1
echo USR2 > exp; compare exp out || fail=1
# The manual's one line is --help's.
extract_example_ signals.texi sigwait-request || framework_failure_
compare c sigwait-request || fail=1
sigsend --pidfile=s.pid || fail=1
poll_until_ test ! -e s.pid || fail=1

## The manual's sigwait examples.
extract_example_ signals.texi sigwait-examples || framework_failure_
test "$(wc -l < sigwait-examples)" = 4 || framework_failure_
for i in 1 2 3; do
  sed -n ${i}p sigwait-examples | sed 's/  *#.*//' > m
  help_command_ sigwait $i | compare - m || fail=1
done
# 4: no HUP: the message after the 5 seconds (made 0.3).
sed -n 4p sigwait-examples | sed 's/--timeout=5s/--timeout=0.3s/' > c
timeout 10 sh c > out 2> /dev/null || fail=1
echo 'no HUP within 5 seconds' > exp; compare exp out || fail=1

## The manual's ping-pong sessions, the shell's and C's client.
extract_example_ signals.texi ping.sh || framework_failure_
extract_example_ signals.texi sig-pingpong || framework_failure_
transcript_ sig-pingpong '' 'test -s pong.pid' || fail=1
compare sig-pingpong.exp sig-pingpong.out || fail=1
poll_until_ test ! -e pong.pid || fail=1
extract_example_ signals.texi sig-ping.c || framework_failure_
extract_example_ signals.texi sig-pingpong-c || framework_failure_
: "${CC=cc}"
if $CC --version > /dev/null 2>&1; then
  transcript_ sig-pingpong-c "s/^\\\$ cc /\$ $CC /" 'test -s pong.pid' \
    || fail=1
  compare sig-pingpong-c.exp sig-pingpong-c.out || fail=1
  poll_until_ test ! -e pong.pid || fail=1
else
  echo "no C compiler ($CC): the C session is not run"
fi

Exit $fail
