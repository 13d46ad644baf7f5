#!/bin/sh
# the ping-pong example of the manual works as shown

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
print_ver_ sigsend sigwait

extract_example_ signals.texi pong.sh || framework_failure_
extract_example_ signals.texi ping.sh || framework_failure_

sh pong.sh & bg_ $!
server=$(pidfile_pid_ pong.pid) || fail=1
bg_ "$server"
# 100 rounds, fewer under a slow checker (scaled_ in init.cfg).
n=$(scaled_ 100)
timeout 120 sh ping.sh $n > out || fail=1
for i in $(seq $n); do echo USR2; done > exp
compare exp out || fail=1

sigsend --pidfile=pong.pid || fail=1
poll_until_ test ! -e pong.pid || fail=1

Exit $fail
