#!/bin/sh
# the ping-pong example of the manual works as shown

# Copyright (C) 2026 Free Software Foundation, Inc.
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
print_ver_ sigsend sigwait
. "$srcdir/tests/sig/helpers.sh"

# extract_ FILE: the example after "@c example-file: FILE" in the manual.
texi="$abs_top_srcdir/doc/signals.texi"
test -f "$texi" || texi="$srcdir/doc/signals.texi"
extract_ ()
{
  sed -n "/^@c example-file: $1\$/,/^@end example/p" "$texi" |
    sed '1,2d; $d; s/@{/{/g; s/@}/}/g; s/@@/@/g' > "$1"
  test -s "$1"
}
extract_ pong.sh || framework_failure_
extract_ ping.sh || framework_failure_

sh pong.sh & bg_ $!
server=$(pidfile_pid_ pong.pid) || fail=1
bg_ "$server"
timeout 20 sh ping.sh 5 > out || fail=1
printf 'USR2\nUSR2\nUSR2\nUSR2\nUSR2\n' > exp
compare exp out || fail=1

sigsend --pidfile=pong.pid || fail=1
poll_until_ test ! -e pong.pid || fail=1

Exit $fail
