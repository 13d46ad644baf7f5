#!/bin/sh
# security: created queues, segments, FIFOs and sockets are private (0600 less the umask) by default, files 0666 less the umask, and --mode gives exactly the mode asked


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
print_ver_ mqsend mqrecv shmcat mmapcat fifocat udscat sigwait
require_proc_syscall_
require_sysv_ipc_
# The modes of POSIX queues are read in /dev/mqueue.
require_mq_listing_

# mode_ FILE: the permission bits of FILE, in octal.
mode_ () { stat -c %a "$1"; }
# sysv_mode_ q|m KEY: the permission bits of a System V queue or segment.
sysv_mode_ ()
{
  ipcs -$1 | awk -v k="$(printf '0x%08x' "$2")" '$1 == k { print $4 }'
}
expect_ ()
{
  test "$2" = "$3" || { echo "umask $u, mode '$m': $1 has mode '$2', not $3"; fail=1; }
}

# check_ OBJECT-MODE FILE-MODE [--mode=M]: make every kind of object
# under the current umask $u, with the option given, and check their
# modes: OBJECT-MODE for queues, segments, FIFOs and sockets, FILE-MODE
# for the file that mmapcat creates.
check_ ()
{
  o=$1 f=$2; shift 2
  m=${1-}
  fresh_key_; k1=$key; fresh_key_; k2=$key; fresh_key_; k3=$key
  fresh_name_; n1=$name; fresh_name_; n2=$name; fresh_name_; n3=$name
  rm -f file fifo sock pid

  mqsend -k $k1 "$@" x || fail=1
  expect_ "System V queue (mqsend)" "$(sysv_mode_ q $k1)" $o
  mqsend -p $n1 "$@" x || fail=1
  expect_ "POSIX queue (mqsend)" "$(mode_ /dev/mqueue$n1)" $o

  # A receiver may create the queue too: look while it waits.
  timeout $T mqrecv -k $k2 "$@" > /dev/null &
  pid=$!; bg_ $pid
  poll_until_ st_in_ $pid msgrcv || fail=1
  expect_ "System V queue (mqrecv)" "$(sysv_mode_ q $k2)" $o
  mqsend -k $k2 x && wait $pid || fail=1
  timeout $T mqrecv -p $n2 "$@" > /dev/null &
  pid=$!; bg_ $pid
  poll_until_ st_in_ $pid mq_timedreceive || fail=1
  expect_ "POSIX queue (mqrecv)" "$(mode_ /dev/mqueue$n2)" $o
  mqsend -p $n2 x && wait $pid || fail=1

  echo x | shmcat -w -k $k3 "$@" || fail=1
  expect_ "System V segment" "$(sysv_mode_ m $k3)" $o
  echo x | shmcat -w -p $n3 "$@" || fail=1
  expect_ "POSIX segment" "$(mode_ /dev/shm$n3)" $o

  timeout $T fifocat "$@" fifo > /dev/null &
  pid=$!; bg_ $pid
  poll_until_ st_in_ $pid openat open || fail=1
  expect_ FIFO "$(mode_ fifo)" $o
  kill $pid; wait $pid

  timeout $T udscat -l "$@" sock > /dev/null &
  pid=$!; bg_ $pid
  poll_until_ test -S sock || fail=1
  expect_ socket "$(mode_ sock)" $o
  kill $pid; wait $pid

  # A regular file is made as any file is: 0666 less the umask.
  echo x | mmapcat -w "$@" file || fail=1
  expect_ "mapped file" "$(mode_ file)" $f

  # Not to exhaust RLIMIT_MSGQUEUE and the like: remove them now.
  ipc_cleanup_
}

for u in 022 077 002 027 0222; do
  umask $u
  case $u in
    0222) check_ 400 444 ;;
    022) check_ 600 644 ;;
    002) check_ 600 664 ;;
    027) check_ 600 640 ;;
    077) check_ 600 600 ;;
  esac
  # --mode is exact, whatever the umask.
  check_ 640 640 --mode=0640
  check_ 666 666 --mode=a=rw
  check_ 604 604 --mode=u=rw,g=,o=r

  timeout $T sigwait --pidfile=pid USR1 &
  pid=$!; bg_ $pid
  poll_until_ test -s pid || fail=1
  # A pidfile is not for writing by others, nor by the group.
  case $u in
    0222) p=444 ;; 022 | 002) p=644 ;; 027) p=640 ;; 077) p=600 ;;
  esac
  expect_ pidfile "$(mode_ pid)" $p
  kill $pid; wait $pid
done
umask 022

Exit $fail
