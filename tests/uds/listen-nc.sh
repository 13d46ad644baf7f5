#!/bin/sh
# OpenBSD 'nc -U' talks to udscat --listen; data flows both ways

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
require_nc_unix_

printf 'from nc\n\0binary\377\n' > to-udscat || framework_failure_
printf 'from udscat\nline 2\n' > to-nc || framework_failure_

udscat -l s < to-nc > got-udscat & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
timeout 10 nc -U -N s < to-udscat > got-nc || fail=1
wait $pid || fail=1

compare to-nc got-nc || fail=1
compare to-udscat got-udscat || fail=1

Exit $fail
