#!/bin/sh
# mqrecv --timeout leaves no queue it made and nobody used; it keeps one it received from or found

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ mqsend mqrecv
. "$srcdir/tests/mq/helpers.sh"

mq_key_
returns_ 124 mqrecv -k $key --timeout=0 || fail=1
msq_exists_ $key && { echo "System V queue left"; fail=1; }
returns_ 124 mqrecv -k $key --timeout=0.2 -f > out || fail=1
msq_exists_ $key && { echo "System V queue left (-f)"; fail=1; }
# A queue that held a message stays.
mqsend -k $key hi || fail=1
returns_ 124 mqrecv -k $key --timeout=0 -c 2 > out || fail=1
msq_exists_ $key || { echo "System V queue removed"; fail=1; }
# So does one that existed before.
returns_ 124 mqrecv -k $key --timeout=0 || fail=1
msq_exists_ $key || { echo "existing queue removed"; fail=1; }

if posix_mq_visible_; then
  mq_name_
  returns_ 124 mqrecv -p $name --timeout=0 || fail=1
  test -e /dev/mqueue$name && { echo "POSIX queue left"; fail=1; }
  mqsend -p $name hi || fail=1
  returns_ 124 mqrecv -p $name --timeout=0 -c 2 > out || fail=1
  test -e /dev/mqueue$name || { echo "POSIX queue removed"; fail=1; }
fi

Exit $fail
