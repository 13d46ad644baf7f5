#!/bin/sh
# mqrecv COMMAND mode when its wait fails: it waits for its COMMANDs, puts back what they failed, loses nothing and exits 1

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

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ mqsend mqrecv
require_sysv_ipc_
strace -o /dev/null true 2>/dev/null || skip_ 'strace does not work here'
# Under check-valgrind mqrecv is a script that runs valgrind, whose own
# polls strace would make fail.
test "$(head -c 2 "$(command -v mqrecv)")" = '#!' \
  && skip_ 'mqrecv is a wrapper (check-valgrind): no faults to inject'
# LeakSanitizer cannot work under strace.
ASAN_OPTIONS="${ASAN_OPTIONS+$ASAN_OPTIONS:}detect_leaks=0"
export ASAN_OPTIONS

cleanup_ () { : > run/go 2>/dev/null; ipc_cleanup_; }

held_job_ job
printf 'm%s\n' 1 2 3 4 5 6 > all || framework_failure_

running_ () { test $(ls run | grep -c "^m") -ge $1; }

# Every wait of mqrecv's for its COMMANDs fails (EFAULT, injected by
# strace), while they hold messages: mqrecv says so, takes no more,
# waits for its COMMANDs, puts back what they failed, and exits 1.
# The COMMANDs end only once it said so: before, they hold their
# messages, so that mqrecv has to wait for them (ended at once, the
# failed ones would be taken again and again without a wait).
rm -rf run ok && mkdir run || framework_failure_
fresh_key_
mqsend -k $key $(cat all) || framework_failure_
timeout $T strace -o /dev/null -e trace=ppoll,poll \
  -e inject=ppoll,poll:error=EFAULT \
  mqrecv -k $key -f -j 3 -- sh job 2> err & pid=$!; bg_ $pid
poll_until_ running_ 1 || { echo "no COMMAND ran"; fail=1; }
poll_until_ grep 'poll failed' err > /dev/null \
  || { echo "mqrecv never waited"; cat err; fail=1; }
: > run/go
wait $pid
st=$?
test $st = 1 || { echo "status $st, not 1"; cat err; fail=1; }
grep 'mqrecv: poll failed: Bad address' err || { cat err; fail=1; }
# Nothing lost, nothing twice.
timeout 10 mqrecv -k $key -f --timeout=0 > left
sort ok left | compare all - || { echo "lost or twice"; fail=1; }

Exit $fail
