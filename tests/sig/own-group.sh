#!/bin/sh
# sigsend 0 signals its own process group, and survives it

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

# In a session of its own, the shell ignores USR2 and sigwait runs
# sigsend, which sends USR2 to their common process group: sigsend
# blocks it and succeeds, sigwait gets it.
setsid sh -c 'trap "" USR2
              timeout 10 sigwait USR2 -- sigsend -s USR2 0 > out
              echo "sigwait $?" >> out' &
bg_ $!
poll_until_ grep sigwait out > /dev/null || fail=1
printf 'USR2\nsigwait 0\n' > exp
compare exp out || fail=1

Exit $fail
