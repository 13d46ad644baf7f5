#!/bin/sh
# mmapcat -w reports a file truncated while it writes it (SIGBUS)
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ mmapcat

# mmapcat has copied "aaaa" into the mapping of the 1 MiB file when it
# is truncated; copying the next bytes then touches a page past the end
# of the file, which raises SIGBUS.
truncate -s 1M f || framework_failure_
first_written_ () { test "$(head -c 4 f)" = aaaa; }
{ printf aaaa; poll_until_ first_written_ && truncate -s 0 f; printf bbbb; } \
  | { mmapcat -w f; echo $? > status; } 2> err
test "$(cat status)" = 1 || fail=1
grep "'f': file shrank while being written" err || { cat err; fail=1; }

Exit $fail
