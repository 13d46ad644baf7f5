#!/bin/sh
# -p completes the names of existing POSIX queues and shared memory objects
. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ mqsend
require_bash_completion_
require_posix_mq_
test -w /dev/mqueue || skip_ "/dev/mqueue is not writable"
test -d /dev/shm && test -w /dev/shm || skip_ "no writable /dev/shm"

q=$(new_name_) || framework_failure_
s=$(new_name_) || framework_failure_
cleanup_ () { rm -f "/dev/mqueue$q" "/dev/shm$s"; }
echo x | mqsend -p "$q" || framework_failure_
test -f "/dev/mqueue$q" || framework_failure_
: > "/dev/shm$s" || framework_failure_

complete_ "mqrecv -p $q" "mqsend --posix=$q" "mqrecv -p ${q#/}" \
  "shmcat -p $s" > out || fail=1
cat > exp <<EOT
> mqrecv -p $q
$q
> mqsend --posix=$q
$q
> mqrecv -p ${q#/}
${q#/}
> shmcat -p $s
$s
EOT
compare exp out || fail=1

# A queue is not offered for shared memory, nor the reverse.
complete_ "shmcat -p $q" "mqrecv -p $s" > out || fail=1
printf '> %s\n' "shmcat -p $q" "mqrecv -p $s" > exp
compare exp out || fail=1

Exit $fail
