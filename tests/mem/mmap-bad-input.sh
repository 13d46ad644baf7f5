#!/bin/sh
# mmapcat gives clear errors for directories, FIFOs, missing files, bad sizes
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ mmapcat

mkdir d || framework_failure_
mkfifo fifo || framework_failure_
echo data > f || framework_failure_

returns_ 1 mmapcat d 2> err || fail=1
grep "'d': Is a directory" err || fail=1
returns_ 1 mmapcat -w d < f 2> err || fail=1
grep "'d'.*directory" err || fail=1

# Without a writer, opening a FIFO would block: the bound catches that.
returns_ 1 timeout 10 mmapcat fifo 2> err || fail=1
grep "'fifo': is a FIFO" err || fail=1
returns_ 1 timeout 10 mmapcat -w fifo < f 2> err || fail=1
grep "'fifo': is a FIFO" err || fail=1

returns_ 1 mmapcat missing 2> err || fail=1
grep "cannot open 'missing': No such file" err || fail=1
returns_ 1 mmapcat -w --no-create missing < f 2> err || fail=1
test -e missing && fail=1

returns_ 1 mmapcat -o 1X f 2> err || fail=1
grep 'invalid offset' err || fail=1
returns_ 1 mmapcat -l -5 f 2> err || fail=1
returns_ 1 mmapcat 2> err || fail=1
grep 'missing operand' err || fail=1
returns_ 1 mmapcat f g 2> err || fail=1
grep 'extra operand' err || fail=1
returns_ 1 mmapcat --sync f 2> err || fail=1

Exit $fail
