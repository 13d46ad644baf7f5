#!/bin/sh
# every example of the README, each --help, each man/*.x and the manual's @example blocks is in this inventory, with the test that runs it (or why none does): a new example fails until a test runs it

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
print_ver_ fifocat udscat sigsend sigwait mqsend mqrecv shmcat mmapcat

progs='fifocat udscat sigsend sigwait mqsend mqrecv shmcat mmapcat'

# The examples now, one a line: WHERE, a TAB, the example.  An example
# of --help or of a page is its line (and the description on the same
# line); of the README, a line indented by 4; of the manual, an
# @example block, named by its "@c example-file: NAME" line (which a
# test passes to extract_example_) or else by its first line.
for p in $progs; do
  help_examples_ $p | sed "s/^  //; s|^|$p --help$tab_|"
done > found || framework_failure_
for p in $progs; do
  man_examples_ $p | sed "s|^|man/$p.x$tab_|"
done >> found || framework_failure_
sed -n 's/^    \([^ ]\)/\1/p' "$abs_top_srcdir/README" | sed "s/^/README$tab_/" \
  >> found || framework_failure_
for t in "$abs_top_srcdir"/doc/*.texi; do
  case $t in */fdl.texi) continue ;; esac
  awk -v f="doc/${t##*/}" '
    /^@c example-file: / { name = $3; next }
    /^@example/ { getline first
                  print f "\t" (name != "" ? "example-file " name : first) }
    { name = "" }' "$t"
done >> found || framework_failure_

# The inventory: TEST, WHERE, EXAMPLE, separated by TABs; TEST is the
# test that runs the example as written (with its own keys, names,
# paths and stand-ins), or "not run: WHY".
cat > inventory <<'INVENTORY' || framework_failure_
tests/misc/examples-fifocat.sh	fifocat --help	fifocat log.fifo > log &  printf 'hello\n' | fifocat -w log.fifo
tests/misc/examples-fifocat-more.sh	fifocat --help	fifocat -k -u log.fifo > log
tests/misc/examples-fifocat-more.sh	fifocat --help	make 2>&1 | fifocat -w -l log.fifo
tests/misc/examples-fifocat-more.sh	fifocat --help	fifocat -w --timeout=0 ctl.fifo < msg
tests/misc/examples-fifocat-more.sh	fifocat --help	fifocat --timeout=5 --mode=600 in.fifo | wc -c
tests/misc/examples-udscat.sh	udscat --help	echo status | udscat /run/app.sock
tests/misc/examples-udscat.sh	udscat --help	udscat -l s > out
tests/misc/examples-udscat.sh	udscat --help	udscat -lk --mode=600 s sh -c 'echo "hello $UNIXREMOTEEUID"; cat'
tests/misc/examples-udscat.sh	udscat --help	udscat -ld /tmp/log.sock
tests/misc/examples-udscat.sh	udscat --help	udscat @my-service < request
tests/misc/examples-sig.sh	sigsend --help	sigsend 1234                      send TERM to process 1234
tests/misc/examples-sig.sh	sigsend --help	sigsend -s usr1 --pidfile=d.pid   send USR1 to the process in d.pid
tests/misc/examples-sig.sh	sigsend --help	sigsend -s RTMIN+1 -q 42 1234     queue RTMIN+1 with the value 42
tests/misc/examples-sig.sh	sigsend --help	sigsend -s HUP -4321              send HUP to process group 4321
tests/misc/examples-sig.sh	sigsend --help	sigsend -s 0 1234 && echo alive   check that process 1234 exists
tests/misc/examples-sig.sh	sigsend --help	sigsend -l                        list the signals
tests/misc/examples-sig.sh	sigsend --help	sigsend -l 138                    the signal of exit status 138: USR1
tests/misc/examples-sig.sh	sigwait --help	sigwait USR1                   wait for USR1
tests/misc/examples-sig.sh	sigwait --help	sigwait --pidfile=w.pid -c 3 RTMIN
tests/misc/examples-sig.sh	sigwait --help	sigwait -f -v USR1 USR2        print every USR1 and USR2, and who sent it
tests/misc/examples-sig.sh	sigwait --help	sigwait USR2 -- sh -c 'sigsend -s USR1 -q $SIGWAIT_PID --pidfile=s.pid'
tests/misc/examples-mq.sh	mqsend --help	echo ping | mqsend -k 123456 -t 10   send 'ping' with type 10
tests/misc/examples-mq.sh	mqsend --help	mqsend -p /jobs 'job 1' 'job 2'      send two messages to a POSIX queue
tests/misc/examples-mq.sh	mqsend --help	mqsend -k /etc/hosts --whole < f.bin  send a file as one message
tests/misc/examples-mqrecv-help.sh	mqrecv --help	mqrecv -k 123456 -t 10
tests/misc/examples-mqrecv-help.sh	mqrecv --help	mqrecv -p /jobs -f | while read -r job; do ...; done
tests/misc/examples-mqrecv-help.sh	mqrecv --help	mqrecv -k 123456 -c 5 --timeout=2s
tests/misc/examples-mqrecv-help.sh	mqrecv --help	mqrecv -p /jobs -f -j 4 -- sh -c 'gzip -- "$(cat)"'
tests/misc/examples-mem.sh	shmcat --help	shmcat -k 1234 > dump          Save the segment with key 1234.
tests/misc/examples-mem.sh	shmcat --help	shmcat -i "$(ipcmk -M 4096 | awk '{print $NF}')" | od -c
tests/misc/examples-mem.sh	shmcat --help	date | shmcat -w -p clock -s 4K
tests/misc/examples-mem.sh	shmcat --help	printf 'ok\0' | shmcat -w -k 1234 -o 64
tests/misc/examples-mem.sh	shmcat --help	shmcat -p clock -l 29 -R       Print the date back, remove the object.
tests/misc/examples-mem.sh	mmapcat --help	mmapcat big.img | sha256sum    Checksum a file, fast.
tests/misc/examples-mem.sh	mmapcat --help	mmapcat -o 1M -l 512 disk.img | od -Ax -tx1
tests/misc/examples-mem.sh	mmapcat --help	printf 'v2\0' | mmapcat -w -o 16 data.bin
tests/misc/examples-mem.sh	mmapcat --help	producer | mmapcat -w --sync log.bin
tests/misc/examples-fifocat-more.sh	man/fifocat.x	fifocat log.fifo > log &  printf 'hello\n' | fifocat -w log.fifo
tests/misc/examples-fifocat-more.sh	man/fifocat.x	fifocat -k -u log.fifo > log
tests/misc/examples-fifocat-more.sh	man/fifocat.x	make 2>&1 | fifocat -w -l log.fifo
tests/misc/examples-fifocat-more.sh	man/fifocat.x	fifocat -w --timeout=0 ctl.fifo < msg
tests/misc/examples-fifocat-more.sh	man/fifocat.x	fifocat --timeout=5 --mode=600 in.fifo | wc -c
tests/misc/examples-udscat.sh	man/udscat.x	echo status | udscat /run/app.sock
tests/misc/examples-udscat.sh	man/udscat.x	udscat -l s > out
tests/misc/examples-udscat.sh	man/udscat.x	udscat -lk --mode=600 s sh -c 'echo "hello $UNIXREMOTEEUID"; cat'
tests/misc/examples-udscat.sh	man/udscat.x	udscat -lk --allow-uid=root,www-data s ./handler
tests/misc/examples-udscat.sh	man/udscat.x	udscat -ld /tmp/log.sock
tests/misc/examples-udscat.sh	man/udscat.x	udscat @my-service < request
tests/misc/examples-sig.sh	man/sigsend.x	sigsend -s TERM -- -4321 1234
tests/misc/examples-sig.sh	man/sigsend.x	sigsend -s RTMAX-1 -q -5 --pidfile=worker.pid
tests/misc/examples-sig.sh	man/sigsend.x	sigsend -l | grep RT
tests/misc/examples-signals.sh	man/sigwait.x	sigwait -f -v USR1 | while read -r name number origin rest; do ...; done
tests/misc/examples-signals.sh	man/sigwait.x	sigwait --timeout=5s HUP || echo "no HUP within 5 seconds"
tests/misc/examples-signals.sh	man/sigwait.x	sigwait -c 2 RTMIN -- sh -c 'sigsend -s RTMIN $SIGWAIT_PID; sigsend -s RTMIN $SIGWAIT_PID'
tests/misc/examples-mq.sh	man/mqsend.x	seq 100 | mqsend -p /jobs &
tests/misc/examples-mq.sh	man/mqsend.x	mqrecv -p /jobs -c 100
tests/misc/examples-mq.sh	man/mqsend.x	mqsend -k 123456 --whole < picture.png
tests/misc/examples-mq.sh	man/mqsend.x	mqsend -i 32769 --timeout=2 "one message" "another"
tests/misc/examples-mq.sh	man/mqrecv.x	mqrecv -p /jobs -f | while read -r job; do run "$job"; done
tests/misc/examples-mq.sh	man/mqrecv.x	mqrecv -k 123456 -c 3 --timeout=5 -T
tests/misc/examples-mq.sh	man/mqrecv.x	mqrecv -k 123456 --until=END > all-messages
tests/misc/examples-mq.sh	man/mqrecv.x	mqrecv -k 123456 -r > picture.png
tests/misc/examples-mq.sh	man/mqrecv.x	mqrecv -p /jobs -f -j 4 --max-attempts=3 --dead-letter=/failed -- sh -c 'gzip -- "$(cat)"'
tests/misc/examples-mem.sh	man/shmcat.x	python3 -c 'import sysv_ipc; m = sysv_ipc.SharedMemory(1234, sysv_ipc.IPC_CREX, size=4096); m.write(b"hi")'
tests/misc/examples-mem.sh	man/shmcat.x	shmcat -k 1234 -l 2
tests/misc/examples-mem.sh	man/mmapcat.x	mmapcat -w -o 4096 state.bin < record
tests/misc/examples-mem.sh	man/mmapcat.x	python3 -c 'import mmap; f = open("state.bin", "rb"); m = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ); print(m[4096:4100])'
tests/misc/examples-readme.sh	README	$ sudo build-aux/install-deps && ./bootstrap && ./configure && make && echo ping | src/mqsend -k 123456 -t 10 && src/mqrecv -k 123456 -t 10
not run: the test suite itself	README	$ make check
not run: installs; the quick start builds the same way	README	./configure && make && make install
tests/misc/examples-readme.sh	README	echo ping | mqsend -k 123456 -t 10
tests/misc/examples-readme.sh	README	mqrecv -k 123456 -t 10
tests/mq/readme-jobs.sh	README	seq 100 | mqsend -p /jobs &
tests/mq/readme-jobs.sh	README	mqrecv -p /jobs -f | while read -r job; do echo "doing $job"; done
tests/mq/readme-jobs.sh	README	mqrecv -p /jobs -f -j 4 -- sh -c 'echo "doing $(cat)"'
tests/misc/examples-readme.sh	README	id=$(ipcmk -Q | awk '{print $NF}')
tests/misc/examples-readme.sh	README	mqsend -i "$id" hello && mqrecv -i "$id" -R
tests/misc/examples-readme.sh	README	fifocat -k /tmp/log.fifo > all.log &
tests/misc/examples-readme.sh	README	date | fifocat -w --lines /tmp/log.fifo
tests/misc/examples-readme.sh	README	printf 'GET / HTTP/1.0\r\n\r\n' | udscat /run/service.sock
tests/misc/examples-readme.sh	README	udscat -l -k /tmp/echo.sock cat
tests/misc/examples-signals.sh	README	sigwait -f -v --pidfile=server.pid USR2 | while read -r sig n how from uid value; do sigsend -s USR1 "${value#value=}"; done &
tests/misc/examples-signals.sh	README	sigwait USR1 -- sh -c 'sigsend -s USR2 -q "$SIGWAIT_PID" --pidfile=server.pid'
tests/misc/examples-signals.sh	README	sigsend -s RTMIN+1 -q 42 "$pid"
tests/misc/examples-readme.sh	README	printf 'hello' | shmcat -w -k 0x1234
tests/misc/examples-readme.sh	README	shmcat -k 0x1234 | od -c | head
tests/misc/examples-readme.sh	README	printf 'hello' | shmcat -w -p /segment
tests/misc/examples-readme.sh	README	printf 'XY' | mmapcat -w -o 100 data.bin
tests/misc/examples-limits.sh	doc/fifo.texi	example-file fifo-limits
not run: a synopsis	doc/fifo.texi	fifocat [@var{option}]@dots{} @var{fifo}
tests/misc/examples-fifocat-more.sh	doc/fifo.texi	example-file fifocat-refused
tests/uds/activation-contrib.sh	doc/uds.texi	example-file udscat-echo.socket
tests/uds/activation-contrib.sh	doc/uds.texi	example-file udscat-echo.service
tests/misc/examples-fifocat-more.sh	doc/fifo.texi	example-file fifocat-examples
tests/misc/examples-fifocat-more.sh	doc/fifo.texi	example-file fifo-pong.sh
tests/misc/examples-fifocat-more.sh	doc/fifo.texi	example-file fifo-ping.sh
tests/misc/examples-fifocat-more.sh	doc/fifo.texi	example-file fifo-pingpong
tests/misc/examples-fifocat-more.sh	doc/fifo.texi	example-file fifo-pong.py
tests/misc/examples-fifocat-more.sh	doc/fifo.texi	example-file fifo-pingpong-py
tests/misc/examples-mq.sh	doc/ipcutils.texi	example-file intro-send
tests/misc/examples-mq.sh	doc/ipcutils.texi	example-file intro-receive
tests/misc/examples-limits.sh	doc/memory.texi	example-file shm-limits
not run: a synopsis	doc/memory.texi	shmcat [@var{option}]@dots{}
tests/misc/examples-mem.sh	doc/memory.texi	example-file shmcat-examples
tests/misc/examples-mem.sh	doc/memory.texi	example-file shm-pong.sh
tests/misc/examples-mem.sh	doc/memory.texi	example-file shm-ping.sh
tests/misc/examples-mem.sh	doc/memory.texi	example-file shm-pingpong
tests/misc/examples-mem.sh	doc/memory.texi	example-file shm-pong.py
tests/misc/examples-mem.sh	doc/memory.texi	example-file shm-pingpong-py
tests/misc/examples-limits.sh	doc/memory.texi	example-file mmap-limits
not run: a synopsis	doc/memory.texi	mmapcat [@var{option}]@dots{} @var{file}
tests/misc/examples-mem.sh	doc/memory.texi	example-file mmapcat-examples
tests/misc/examples-mem.sh	doc/memory.texi	example-file mmap-pong.sh
tests/misc/examples-mem.sh	doc/memory.texi	example-file mmap-ping.sh
tests/misc/examples-mem.sh	doc/memory.texi	example-file mmap-pingpong
tests/misc/examples-mem.sh	doc/memory.texi	example-file mmap-pong.py
tests/misc/examples-mem.sh	doc/memory.texi	example-file mmap-pingpong-py
tests/misc/examples-limits.sh	doc/mq.texi	example-file mq-limits
not run: a synopsis	doc/mq.texi	mqsend [@var{option}]@dots{} [@var{message}]@dots{}
tests/misc/examples-mq.sh	doc/mq.texi	example-file mqsend-examples
not run: a synopsis	doc/mq.texi	mqrecv [@var{option}]@dots{}
tests/mq/deliver-example.sh	doc/mq.texi	$ mqsend -k 0x5e771234 a b c d e
tests/misc/examples-mq.sh	doc/mq.texi	example-file mqrecv-examples
not run: a synopsis	doc/mq.texi	mqrecv [@var{option}]@dots{} [--] @var{command} [@var{arg}]@dots{}
tests/mq/worker-examples.sh	doc/mq.texi	example-file mq-worker.sh
tests/mq/worker-examples.sh	doc/mq.texi	example-file mq-drain.sh
tests/misc/examples-mq.sh	doc/mq.texi	example-file mq-pong.sh
tests/misc/examples-mq.sh	doc/mq.texi	example-file mq-ping.sh
tests/misc/examples-mq.sh	doc/mq.texi	example-file mq-pingpong
tests/misc/examples-mq.sh	doc/mq.texi	example-file mq-pong.py
tests/misc/examples-mq.sh	doc/mq.texi	example-file mq-pingpong-py
tests/misc/examples-mq.sh	doc/mq.texi	example-file mq-python-receive
tests/misc/examples-mq.sh	doc/mq.texi	example-file mq-python-send
tests/misc/examples-limits.sh	doc/signals.texi	example-file sig-limits
not run: a synopsis	doc/signals.texi	sigsend [-s @var{signal}] [-q @var{value}] @var{target}@dots{}
tests/misc/examples-sig.sh	doc/signals.texi	example-file sigsend-examples
not run: a synopsis	doc/signals.texi	sigwait [@var{option}]@dots{} @var{signal}@dots{} [-- @var{command} [@var{arg}]@dots{}]
tests/misc/examples-sig.sh	doc/signals.texi	example-file sigwait-request
not run: a synopsis	doc/signals.texi	@var{name} @var{number} @var{origin} [pid=@var{pid} uid=@var{uid}] [value=@var{int}] [status=@var{n}]
tests/misc/examples-sig.sh	doc/signals.texi	example-file sigwait-examples
tests/sig/pingpong.sh	doc/signals.texi	example-file pong.sh
tests/sig/pingpong.sh	doc/signals.texi	example-file ping.sh
tests/misc/examples-sig.sh	doc/signals.texi	example-file sig-pingpong
tests/sig/pingpong-c.sh	doc/signals.texi	example-file sig-ping.c
tests/misc/examples-sig.sh	doc/signals.texi	example-file sig-pingpong-c
tests/misc/examples-limits.sh	doc/uds.texi	example-file uds-limits
not run: a synopsis	doc/uds.texi	udscat [@var{option}]@dots{} @var{socket} [@var{command} [@var{arg}]@dots{}]
tests/misc/examples-udscat.sh	doc/uds.texi	example-file udscat-refused
tests/misc/examples-udscat.sh	doc/uds.texi	example-file udscat-examples
tests/misc/examples-udscat.sh	doc/uds.texi	example-file uds-pong.sh
tests/misc/examples-udscat.sh	doc/uds.texi	example-file uds-ping.sh
tests/misc/examples-udscat.sh	doc/uds.texi	example-file uds-pingpong
tests/misc/examples-udscat.sh	doc/uds.texi	example-file uds-pong.py
tests/misc/examples-udscat.sh	doc/uds.texi	example-file uds-pingpong-py
not run: a developer's target that configures and builds once per scenario (tests/check-fallbacks)	README	$ make check-fallbacks                       # every scenario
not run: a developer's target that configures and builds once per scenario (tests/check-fallbacks)	README	$ make check-fallbacks FALLBACKS=msg-except  # one of them
tests/bridge/mqtt-binary.sh	doc/beyond.texi	example-file mqtt-binary-in.sh
tests/bridge/mqtt-binary.sh	doc/beyond.texi	example-file mqtt-binary-out.sh
tests/bridge/mqtt-qos1-restart.sh	doc/beyond.texi	example-file mqtt-qos1.sh
tests/bridge/mqtt-text.sh	doc/beyond.texi	example-file mqtt-text-in.sh
tests/bridge/mqtt-text.sh	doc/beyond.texi	example-file mqtt-text-out.sh
tests/mq/netstring-relay.sh	doc/beyond.texi	example-file netstring-typed.txt
tests/bridge/ssh-relay.sh	doc/beyond.texi	example-file relay-ssh.sh
tests/bridge/ssh-relay.sh	man/mqsend.x	mqrecv -k 1 -f -T --netstring | ssh host mqsend -p /q -T --netstring
tests/mq/netstring-relay.sh	mqsend --help	mqrecv -k 1 -f -T --netstring | mqsend -p /q -T --netstring
INVENTORY

# Every example is in the inventory, and nothing else.
cut -f 2- inventory | LC_ALL=C sort > listed || framework_failure_
LC_ALL=C sort found > now || framework_failure_
if ! compare listed now > /dev/null; then
  echo 'examples not in the inventory of tests/misc/examples-inventory.sh (+),'
  echo 'or in it but gone (-): add each with the test that runs it'
  diff listed now | sed -n 's/^> /+ /p; s/^< /- /p'
  fail=1
fi

# Each test named exists, is run by "make check", and reads the source
# of its example.
cat "$abs_top_srcdir"/tests/*/local.mk > all.mk || framework_failure_
while IFS="$tab_" read -r test where example; do
  case $test in
    'not run: '?*) continue ;;
    tests/*.sh) ;;
    *) echo "inventory: '$test' is not a test nor 'not run: WHY'"; fail=1
       continue ;;
  esac
  t=$abs_top_srcdir/$test
  test -f "$t" || { echo "$test: no such test"; fail=1; continue; }
  grep -F " $test" all.mk > /dev/null \
    || { echo "$test: not in TESTS"; fail=1; }
  case $where in
    *' --help') p=${where% --help}
      grep -e "help_examples_ $p" -e "help_command_ $p" -e "$p --help" "$t" ;;
    man/*.x) p=${where#man/}; p=${p%.x}
      grep -e "man_examples_ $p" -e "man/$p.x" "$t" ;;
    README) grep README "$t" ;;
    doc/*)
      case $example in
        'example-file '*) grep -w -F -e "${example#example-file }" "$t" ;;
        *) grep -F -e "${where#doc/}" "$t" ;;
      esac ;;
  esac > /dev/null || { echo "$test does not read $where: $example"; fail=1; }
done < inventory

Exit $fail
