#!/bin/sh
# udscat -l refuses an activated socket that is not the one asked for

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
# along with this program.  If not, see <https://www.gnu.org/licenses/>.

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ udscat
require_socket_activate_
# systemd-socket-activate (no --accept) runs udscat at the first
# connection: SOCKET is where the client connects, the rest is the
# command line.  udscat must exit 1 with the message MSG.
check_refusal_ ()
{
  msg=$1 sock=$2; shift 2
  "$@" < /dev/null > out 2> err & pid=$!; bg_ $pid
  case $sock in
    @*) wait_abstract_ "${sock#@}" || framework_failure_ ;;
    *) wait_socket_ "$sock" || framework_failure_ ;;
  esac
  timeout 10 udscat "$sock" < /dev/null > /dev/null 2>&1
  returns_ 1 wait $pid || fail=1
  grep "$msg" err || { cat err; fail=1; }
  test -s out && fail=1
}
# Another type: a stream socket passed to -s.
check_refusal_ "is not a seqpacket socket" s1 \
  systemd-socket-activate -l "$PWD/s1" udscat -ls "$PWD/s1"
# The socket file is systemd's: udscat leaves it.
test -S s1 || fail=1
# Another name, and two sockets.
check_refusal_ "the socket passed by socket activation is not '$PWD/b'" a \
  systemd-socket-activate -l "$PWD/a" udscat -l "$PWD/b"
test -e b && fail=1
check_refusal_ "LISTEN_FDS='2'; udscat takes exactly 1 socket" c \
  systemd-socket-activate -l "$PWD/c" -l "$PWD/d" udscat -l "$PWD/c"
# Another abstract name.
n=udscat-act-$$
check_refusal_ "is not '@$n-2'" "@$n-1" \
  systemd-socket-activate -l "@$n-1" udscat -l "@$n-2"

Exit $fail
