#!/bin/sh
# -p refuses names that Linux does not take, with a clear reason, before creating anything

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
print_ver_ mqsend mqrecv shmcat
require_sysv_ipc_
require_posix_mq_

long=$(printf '%0256d' 0)
for n in . .. /. /.. '' / // /a/b a/ "$long"; do
  for cmd in mqsend mqrecv shmcat; do
    case $cmd in
      mqsend) set -- m ;;
      mqrecv) set -- --timeout=0 ;;
      shmcat) set -- -w ;;
    esac
    returns_ 1 timeout -s KILL 10 $cmd -p "$n" "$@" < /dev/null \
      > out 2> err || { echo "$cmd -p '$n': not status 1"; fail=1; }
    compare /dev/null out || fail=1
    case $n in
      . | .. | /. | /..) grep -F "'.' and '..' name directories" err ;;
      "$long") grep 'longer than' err ;;
      *) grep "without '/' after the first character" err ;;
    esac > /dev/null || { echo "$cmd -p '$n':"; cat err; fail=1; }
  done
done

# Dots within a name are fine.
fresh_name_
name=$name...x
ipc_names_="$ipc_names_ $name"
mqsend -p $name m || fail=1
mqrecv -p $name > out || fail=1
echo m > exp; compare exp out || fail=1

Exit $fail
