#!/bin/sh
# 64 MiB of binary data go through mmapcat unchanged, both ways
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ mmapcat

head -c 64M /dev/urandom > in || framework_failure_

# Reading: to a pipe (vmsplice) and to a file (write).
mmapcat in | cat > out || fail=1
cmp in out || fail=1
mmapcat in > out || fail=1
cmp in out || fail=1

# Writing: from a regular file (known length) and from a pipe.
mmapcat -w f1 < in || fail=1
cmp in f1 || fail=1
cat in | mmapcat -w f2 || fail=1
cmp in f2 || fail=1

Exit $fail
