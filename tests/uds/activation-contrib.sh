#!/bin/sh
# the contrib udscat-echo.socket/.service pair serves, run by systemd-socket-activate

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
# The manual shows the pair as it is in contrib/systemd.
for f in udscat-echo.socket udscat-echo.service; do
  extract_example_ uds.texi $f || fail_ "no example $f in the manual"
  compare "$abs_top_srcdir/contrib/systemd/$f" $f || fail=1
done

# Take ListenStream= and ExecStart= from the example, with the path of
# the socket and of the udscat under test substituted.
unit=$abs_top_srcdir/contrib/systemd/udscat-echo
listen=$(sed -n 's/^ListenStream=//p' "$unit.socket") || framework_failure_
exec_start=$(sed -n 's/^ExecStart=//p' "$unit.service") || framework_failure_
test -n "$listen" && test -n "$exec_start" || framework_failure_
case $exec_start in
  /usr/bin/udscat\ *" $listen "*) ;;
  *) fail_ "ExecStart does not run /usr/bin/udscat on $listen" ;;
esac
udscat=$(command -v udscat) || framework_failure_
cmd=$(printf '%s\n' "$exec_start" \
      | sed "s|^/usr/bin/udscat|$udscat|; s| $listen | $PWD/s |")
systemd-socket-activate -l "$PWD/s" $cmd < /dev/null > /dev/null & pid=$!
bg_ $pid
wait_socket_ s || framework_failure_
for i in 1 2; do
  echo "echo $i" > in
  timeout 10 udscat s < in > out || fail=1
  compare in out || fail=1
done
kill -0 $pid || fail=1

Exit $fail
