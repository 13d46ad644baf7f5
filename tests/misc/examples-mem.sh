#!/bin/sh
# shmcat's and mmapcat's examples (--help, the pages, the manual), extracted and run as written with fresh keys, names and stand-in files: each reads or writes what it says

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
print_ver_ shmcat mmapcat sigsend sigwait fifocat
require_sysv_shm_
require_dev_shm_

# ipcmk's segments have no key: a wrapper notes their identifiers, to
# remove them at exit.
ipcmk=$(command -v ipcmk) || skip_ 'no ipcmk'
mkdir bin || framework_failure_
cat > bin/ipcmk <<IPCMK || framework_failure_
#!/bin/sh
out=\$("$ipcmk" "\$@") || exit
echo "\$out" >> "$PWD/ipcmk.log"
echo "\$out"
IPCMK
chmod +x bin/ipcmk || framework_failure_
# The examples' "producer", a stand-in.
printf '#!/bin/sh\nseq 10000\n' > bin/producer && chmod +x bin/producer \
  || framework_failure_
PATH=$PWD/bin:$PATH
cleanup_ ()
{
  ipc_cleanup_
  test -f ipcmk.log && remove_shm_id_ $(awk '{ print $NF }' ipcmk.log)
}

fresh_key_
fresh_name_; obj=${name#/}
sub_ () { sed "s/1234/$key/g; s/4243/$key/g; s|clock|$obj|g"; }

## shmcat --help.
help_examples_ shmcat > help-ex || framework_failure_
test "$(wc -l < help-ex)" = 5 || { cat help-ex; framework_failure_; }
for i in 1 2 3 4 5; do help_command_ shmcat $i | sub_ > h$i; done
# 1: save the segment (a stand-in of 100 bytes).
printf 'saved' | shmcat -w -k $key -s 100 || framework_failure_
sh h1 || fail=1
{ printf saved; head -c 95 /dev/zero; } > exp; compare exp dump || fail=1
# 2: the new segment of ipcmk, 4096 NUL bytes.
sh h2 > out || fail=1
head -c 4096 /dev/zero | od -c > exp; compare exp out || fail=1
test "$(wc -l < ipcmk.log)" = 1 || fail=1
# 3: the date, in a POSIX object of 4 KiB.
sh h3 || fail=1
test "$(stat -c %s /dev/shm/$obj)" = 4096 || fail=1
head -c 29 /dev/shm/$obj > date.exp
# 4: three bytes at offset 64 of the saved segment.
sh h4 || fail=1
{ printf saved; head -c 59 /dev/zero; printf 'ok\0'; head -c 33 /dev/zero; } \
  > exp
shmcat -k $key > out || fail=1
compare exp out || fail=1
# 5: the date back, and the object removed.
sh h5 > out || fail=1
compare date.exp out || fail=1
test -e /dev/shm/$obj && { echo "/dev/shm/$obj left"; fail=1; }

## mmapcat --help.
help_examples_ mmapcat > help-ex || framework_failure_
test "$(wc -l < help-ex)" = 4 || { cat help-ex; framework_failure_; }
for i in 1 2 3 4; do help_command_ mmapcat $i > m$i; done
head -c 3M /dev/urandom > big.img && head -c 2M /dev/urandom > disk.img \
  && head -c 32 /dev/zero | tr '\0' x > data.bin || framework_failure_
# 1: the checksum of big.img.
sh m1 > out || fail=1
sha256sum < big.img > exp; compare exp out || fail=1
# 2: 512 bytes at 1 MiB.
sh m2 > out || fail=1
dd if=disk.img bs=512 skip=2048 count=1 2> /dev/null | od -Ax -tx1 > exp
compare exp out || fail=1
# 3: three bytes at 16, the rest of the file as it was.
sh m3 || fail=1
{ printf xxxxxxxxxxxxxxxx; printf 'v2\0'; printf xxxxxxxxxxxxx; } > exp
compare exp data.bin || fail=1
# 4: the producer's stream, in log.bin.
sh m4 || fail=1
producer > exp; compare exp log.bin || fail=1

## mmapcat.x: a Python program reads what mmapcat wrote at 4096.
require_python_
man_examples_ mmapcat > man-ex || framework_failure_
test "$(wc -l < man-ex)" = 2 || { cat man-ex; framework_failure_; }
echo ready > record || framework_failure_
sed "s|^python3 |$PYTHON |" man-ex > c && sh c > out || fail=1
echo "b'read'" > exp; compare exp out || fail=1

## The manual's mmapcat examples, group by group.
extract_example_ memory.texi mmapcat-examples || framework_failure_
awk -v RS= '{ print > ("mgroup" NR) }' mmapcat-examples || framework_failure_
test -f mgroup5 && test ! -f mgroup6 || framework_failure_
for i in 1 3 4; do
  grep -v '^#' mgroup$i | compare m$i - || fail=1
done
sh mgroup2 > out || fail=1
dd if=disk.img bs=512 skip=2048 count=1 2> /dev/null | od -Ax -tx1z > exp
compare exp out || fail=1
rm -f state.bin
sed "s|^python3 |$PYTHON |" mgroup5 > c && sh c > out || fail=1
echo "b'ready'" > exp; compare exp out || fail=1

## The manual's shmcat examples, group by group.
extract_example_ memory.texi shmcat-examples || framework_failure_
sub_ < shmcat-examples > ours || framework_failure_
awk -v RS= '{ print > ("group" NR) }' ours || framework_failure_
test -f group5 && test ! -f group6 || framework_failure_
# 1: hello, through ipcmk's segment, which is then removed.
sh group1 > out || fail=1
echo hello > exp; compare exp out || fail=1
ipcs -m | awk -v id="$(tail -n 1 ipcmk.log | awk '{print $NF}')" \
  '$2 == id { exit 1 }' || { echo "ipcmk's segment left"; fail=1; }
# 2: a new segment, from Python.
ipcrm -M $key || framework_failure_
require_python_sysv_ipc_
sed "s|^python3 |$PYTHON |" group2 > c && sh c > out || fail=1
echo 'from python' > exp; printf '\n' >> out; compare exp out || fail=1
shmcat -k $key -o 100 -l 10 > out || fail=1
printf 'from shell' > exp; compare exp out || fail=1
# 3: the date in a POSIX object, seen in /dev/shm, then back.
sh group3 > out || fail=1
sed -n '3,$p' out > back
test "$(wc -c < back)" = 29 || fail=1
sed -n 1p out | grep "^0000000" > /dev/null || fail=1
test -e /dev/shm/$obj && { echo "/dev/shm/$obj left"; fail=1; }
# 4: a NUL-terminated field at 64.
sh group4 || fail=1
shmcat -k $key -o 64 -l 6 > out || fail=1
printf 'ready\0' > exp; compare exp out || fail=1
# 5: saved, then restored after a change.
sh -c "$(sed -n 2p group5)" || fail=1
printf 'changed' | shmcat -w -k $key || framework_failure_
sh -c "$(sed -n 3p group5)" || fail=1
shmcat -k $key > out || fail=1
compare saved out || fail=1
ipcrm -M $key || framework_failure_

## shmcat.x: what Python writes into a new segment, shmcat reads.
man_examples_ shmcat > man-ex || framework_failure_
test "$(wc -l < man-ex)" = 2 || { cat man-ex; framework_failure_; }
sub_ < man-ex | sed "s|^python3 |$PYTHON |" > c && sh c > out || fail=1
printf hi > exp; compare exp out || fail=1
ipcrm -M $key || framework_failure_

## The manual's sessions: ping-pong through shared memory, then
## through a mapped file, with shell and Python servers.
for f in shm-pong.sh shm-ping.sh shm-pingpong shm-pong.py shm-pingpong-py \
         mmap-pong.sh mmap-ping.sh mmap-pingpong mmap-pong.py \
         mmap-pingpong-py; do
  extract_example_ memory.texi $f || framework_failure_
done
transcript_ shm-pingpong "s/4243/$key/g; s|/tmp/pp|pp|g" 'test -s pp.pid' \
  || fail=1
compare shm-pingpong.exp shm-pingpong.out || fail=1
poll_until_ test ! -e pp.pid || fail=1
transcript_ shm-pingpong-py \
  "s/4243/$key/g; s|/tmp/pp|pp|g; s|^\\\$ python3 |\$ $PYTHON |" \
  'test -s pp.pid' || fail=1
compare shm-pingpong.exp shm-pingpong-py.out || fail=1
poll_until_ test ! -e pp.pid || fail=1
shm_exists_ $key && { echo "segment left"; fail=1; }
# The mapped-file server is ready once its board says "idle".
transcript_ mmap-pingpong "s|/tmp/pp|pp|g" 'grep -q idle pp/board' || fail=1
compare mmap-pingpong.exp mmap-pingpong.out || fail=1
poll_until_ test ! -e pp/board || fail=1
transcript_ mmap-pingpong-py "s|/tmp/pp|pp|g; s|^\\\$ python3 |\$ $PYTHON |" \
  'grep -q idle pp/board' || fail=1
compare mmap-pingpong.exp mmap-pingpong-py.out || fail=1
poll_until_ test ! -e pp/board || fail=1

Exit $fail
