#!/bin/sh
# security: every created object gets 0666 less the umask, never more: nothing world-writable by default


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
print_ver_ mqsend shmcat mmapcat fifocat udscat sigwait
. "$srcdir/tests/stress/helpers.sh"
require_sysv_ipc_
require_posix_mq_

# mode_ FILE: the permission bits of FILE, in octal.
mode_ () { stat -c %a "$1"; }
# sysv_mode_ q|m KEY: the permission bits of a System V queue or segment.
sysv_mode_ ()
{
  ipcs -$1 | awk -v k="$(printf '0x%08x' "$2")" '$1 == k { print $4 }'
}
expect_ ()
{
  test "$2" = "$3" || { echo "umask $u: $1 has mode '$2', not $3"; fail=1; }
}

for u in 022 077 002; do
  umask $u
  case $u in
    022) f=644 ;;
    077) f=600 ;;
    002) f=664 ;;
  esac
  st_key_; k1=$key; st_key_; k2=$key; st_name_; n1=$name; st_name_; n2=$name
  mqsend -k $k1 x || fail=1
  expect_ "System V queue" "$(sysv_mode_ q $k1)" $f
  mqsend -p $n1 x || fail=1
  expect_ "POSIX queue" "$(mode_ /dev/mqueue$n1)" $f
  echo x | shmcat -w -k $k2 || fail=1
  expect_ "System V segment" "$(sysv_mode_ m $k2)" $f
  echo x | shmcat -w -p $n2 || fail=1
  expect_ "POSIX segment" "$(mode_ /dev/shm$n2)" $f
  rm -f file.$u
  echo x | mmapcat -w file.$u || fail=1
  expect_ "mapped file" "$(mode_ file.$u)" $f
  timeout $T fifocat fifo.$u > /dev/null &
  pid=$!; st_bg_ $pid
  poll_until_ test -p fifo.$u || fail=1
  expect_ FIFO "$(mode_ fifo.$u)" $f
  kill $pid; wait $pid
  timeout $T udscat -l sock.$u > /dev/null &
  pid=$!; st_bg_ $pid
  poll_until_ test -S sock.$u || fail=1
  expect_ socket "$(mode_ sock.$u)" $f
  kill $pid; wait $pid
  timeout $T sigwait --pidfile=pid.$u USR1 &
  pid=$!; st_bg_ $pid
  poll_until_ test -s pid.$u || fail=1
  # A pidfile is not for writing by others, nor by the group.
  expect_ pidfile "$(mode_ pid.$u)" $(echo $f | sed 's/6\(.\)$/4\1/; s/\(.\)6$/\14/')
  kill $pid; wait $pid
done
umask 022

Exit $fail
