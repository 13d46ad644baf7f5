#!/bin/sh
# fifocat --mode sets the exact permissions of the FIFO it creates

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
print_ver_ fifocat

# created_mode_ NAME OPTION...: the mode of the FIFO NAME that a writer
# fifocat OPTION... creates, seen while it waits for a reader (a FIFO
# that nobody used is removed when fifocat gives up).
created_mode_ ()
{
  mf_=$1; shift
  timeout 10 fifocat -w "$@" "$mf_" < /dev/null & mp_=$!
  poll_until_ test -p "$mf_" || return 1
  stat -c %a "$mf_"
  timeout 10 cat "$mf_" > /dev/null
  wait $mp_
}

umask 077
test "$(created_mode_ f --mode=640)" = 640 || fail=1
test "$(created_mode_ g -m u=rw,g=w,o=r)" = 624 || fail=1

# Without --mode: 0600 less the umask (private).
umask 027
test "$(created_mode_ h)" = 600 || fail=1

# An existing FIFO keeps its mode.
returns_ 124 timeout 10 fifocat --timeout=0 --mode=600 f || fail=1
test "$(stat -c %a f)" = 640 || fail=1

Exit $fail
