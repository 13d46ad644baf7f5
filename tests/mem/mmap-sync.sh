#!/bin/sh
# mmapcat -w --sync calls msync (MS_SYNC) on what it wrote
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ mmapcat
strace -o /dev/null true 2>/dev/null || skip_ 'strace does not work here'
# LeakSanitizer cannot work under ptrace (tests/check-sanitize).
ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0
export ASAN_OPTIONS

seq 1000 > exp || framework_failure_
strace -o trace -e trace=msync mmapcat -w --sync f < exp || fail=1
compare exp f || fail=1
grep 'msync(.*MS_SYNC' trace || { cat trace; fail=1; }

# Without --sync, no msync.
strace -o trace -e trace=msync mmapcat -w g < exp || fail=1
grep 'msync' trace && fail=1

Exit $fail
