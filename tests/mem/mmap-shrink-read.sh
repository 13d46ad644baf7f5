#!/bin/sh
# mmapcat reports a file truncated while it reads it, and does not crash
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ mmapcat

# mmapcat writes a 64 MiB file to a pipe, which holds at most 1 MiB: it
# is blocked while the reader, after the first 4 KiB, truncates the
# file.  Its later pages are then gone, which is a SIGBUS for a program
# touching them and EFAULT for vmsplice or write.
truncate -s 64M f || framework_failure_
{ mmapcat f; echo $? > status; } 2> err \
  | { head -c 4096 > /dev/null; truncate -s 0 f; cat > /dev/null; }
test "$(cat status)" = 1 || fail=1
grep "'f': file shrank while being read" err || { cat err; fail=1; }

Exit $fail
