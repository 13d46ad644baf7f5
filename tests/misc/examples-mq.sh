#!/bin/sh
# mqsend's and mqrecv's examples (mqsend --help, mqsend.x, mqrecv.x, the manual), extracted and run as written with fresh queues: every message arrives, whole

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
require_posix_mq_

fresh_key_
fresh_name_; jobs=$name
fresh_name_; failed=$name
# sub_: the examples' keys and names made ours; a follower (-f) ends
# once the queue stays empty for a second.
sub_ ()
{
  sed "s/123456/$key/g; s/4242/$key/g; s|/jobs|$jobs|g; s|/failed|$failed|g;
    s/ -f / -f --timeout=$(slow_ 1) /"
}

## The introduction of the manual: one sends, another receives.
extract_example_ ipcutils.texi intro-send || framework_failure_
extract_example_ ipcutils.texi intro-receive || framework_failure_
sub_ < intro-send > c && sh c || fail=1
transcript_ intro-receive "s/123456/$key/" || fail=1
compare intro-receive.exp intro-receive.out || fail=1

## mqsend --help, and the manual's copy of it.
help_examples_ mqsend > help-ex || framework_failure_
test "$(wc -l < help-ex)" = 4 || { cat help-ex; framework_failure_; }
for i in 1 2 3 4; do help_command_ mqsend $i > h$i; done
extract_example_ mq.texi mqsend-examples || framework_failure_
sed 's/ *#.*//; /^$/d' mqsend-examples > m || framework_failure_
cat h1 h2 h3 h4 | compare - m || fail=1
# 1: ping, with type 10.
sub_ < h1 > c && sh c || fail=1
mqrecv -k $key -T --timeout=0 > out || fail=1
printf '10\tping\n' > exp; compare exp out || fail=1
# 2: two messages.
sub_ < h2 > c && sh c || fail=1
mqrecv -p $jobs -c 2 --timeout=0 > out || fail=1
printf 'job 1\njob 2\n' > exp; compare exp out || fail=1
# 3: a file as one message, on the queue of a file's ftok key.
printf 'one\ntwo\0three' > f.bin && touch keyfile || framework_failure_
ftok_ keyfile; fkey=$ftok_key
msq_exists_ $fkey && skip_ "a queue with the ftok key of keyfile exists"
sed 's|/etc/hosts|keyfile|' h3 > c && sh c || fail=1
mqrecv -k $fkey -r --timeout=0 > out || fail=1
compare f.bin out || fail=1

## mqsend.x.
man_examples_ mqsend > man-ex || framework_failure_
test "$(wc -l < man-ex)" = 5 || { cat man-ex; framework_failure_; }
# 1 and 2: 100 jobs, through a new queue that holds fewer.
sed -n '1,2p' man-ex | sub_ > c || framework_failure_
sed -n 1p c > c1 && sed -n 2p c > c2 || framework_failure_
timeout 30 sh c1 & pid=$!; bg_ $pid
poll_until_ test -e /dev/mqueue$jobs || fail=1
timeout 30 sh c2 > out || fail=1
wait $pid || fail=1
seq 100 > exp; compare exp out || fail=1
# 3: a picture as one message (a stand-in of 5000 bytes: the default
# kernel.msgmax takes 8192), and mqrecv.x's 4th example takes it back.
head -c 5000 /dev/urandom > picture.png || framework_failure_
sed -n 3p man-ex | sub_ > c && sh c || fail=1
mkdir back || framework_failure_
man_examples_ mqrecv > recv-ex || framework_failure_
test "$(wc -l < recv-ex)" = 5 || { cat recv-ex; framework_failure_; }
sed -n 4p recv-ex | sub_ > back/c && (cd back && sh c) || fail=1
compare picture.png back/picture.png || fail=1
# 4: two messages to a queue made by ipcmk, by its identifier.
id=$(ipcmk -Q | awk '{print $NF}') || framework_failure_
fresh_id_ $id
sed -n 4p man-ex | sed "s/32769/$id/" > c && sh c || fail=1
mqrecv -i $id -c 2 --timeout=0 > out || fail=1
printf 'one message\nanother\n' > exp; compare exp out || fail=1

## mqrecv.x, after its 4th (above).
# 1: each job is run ("run" a stand-in).
mqsend -p $jobs a b || framework_failure_
{ echo 'run () { echo "ran $1"; }'; sed -n 1p recv-ex | sub_; } > c
timeout 30 sh c > out || fail=1
printf 'ran a\nran b\n' > exp; compare exp out || fail=1
# 2: three messages with their types, a tab between.
mqsend -k $key -t 3 x && mqsend -k $key -t 1 y z || framework_failure_
sed -n 2p recv-ex | sub_ > c && timeout 30 sh c > out || fail=1
printf '3\tx\n1\ty\n1\tz\n' > exp; compare exp out || fail=1
# 3: up to END.
mqsend -k $key a b END c || framework_failure_
sed -n 3p recv-ex | sub_ > c && timeout 30 sh c || fail=1
printf 'a\nb\n' > exp; compare exp all-messages || fail=1
mqrecv -k $key --timeout=0 > out || fail=1
echo c > exp; compare exp out || fail=1
# 5: the named files are compressed, 4 at once; a missing one goes to
# /failed after 3 attempts.
echo a > fa && echo b > fb || framework_failure_
mqsend -p $jobs fa missing fb || framework_failure_
sed -n 5p recv-ex | sub_ > c || framework_failure_
returns_ 124 timeout 60 sh c 2> err || fail=1
test -f fa.gz && test -f fb.gz || fail=1
mqrecv -p $failed --timeout=0 > out || fail=1
echo missing > exp; compare exp out || fail=1
returns_ 124 mqrecv -p $jobs --timeout=0 || fail=1

## The manual's mqrecv examples.
extract_example_ mq.texi mqrecv-examples || framework_failure_
test "$(wc -l < mqrecv-examples)" = 4 || framework_failure_
sub_ < mqrecv-examples > m || framework_failure_
mqsend -k $key -t 1 other && mqsend -k $key -t 10 ten || framework_failure_
sed -n 1p m > c && timeout 30 sh c > out || fail=1
echo ten > exp; compare exp out || fail=1
mqsend -p $jobs a b || framework_failure_
sed -n 2p m > c && timeout 30 sh c > out
printf 'a\nb\n' > exp; compare exp out || fail=1
mqsend -k $key 2 3 4 5 || framework_failure_
sed -n 3p m > c && timeout 30 sh c > out || fail=1
printf 'other\n2\n3\n4\n5\n' > exp; compare exp out || fail=1
mqsend -k $key p q || framework_failure_
sed -n 4p m > c && timeout 30 sh c
printf 'p\nq\n' > exp; compare exp log || fail=1

## The manual's sessions: ping-pong, then Python's peers.
extract_example_ mq.texi mq-pong.sh || framework_failure_
extract_example_ mq.texi mq-ping.sh || framework_failure_
extract_example_ mq.texi mq-pingpong || framework_failure_
transcript_ mq-pingpong "s/4242/$key/g" || fail=1
compare mq-pingpong.exp mq-pingpong.out || fail=1
poll_until_ test -z "$(msq_id_ $key)" || fail=1
require_python_sysv_ipc_
extract_example_ mq.texi mq-pong.py || framework_failure_
extract_example_ mq.texi mq-pingpong-py || framework_failure_
transcript_ mq-pingpong-py "s/4242/$key/g; s|^\\\$ python3 |\$ $PYTHON |" \
  || fail=1
compare mq-pingpong.exp mq-pingpong-py.out || fail=1
poll_until_ test -z "$(msq_id_ $key)" || fail=1
for t in mq-python-receive mq-python-send; do
  extract_example_ mq.texi $t || framework_failure_
  transcript_ $t "s/4242/$key/g; s|^\\\$ python3 |\$ $PYTHON |" || fail=1
  compare $t.exp $t.out || fail=1
done

Exit $fail
