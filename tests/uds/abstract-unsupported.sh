#!/bin/sh
# where the system has no abstract socket names, udscat @NAME fails at once, saying so

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
config_has_ HAVE_ABSTRACT_SOCKETS \
  && skip_ 'this system has abstract socket names (tests/uds/abstract.sh)'

echo "udscat: '@x': abstract socket names are not supported on this system" \
  > exp || framework_failure_
for opts in '' -l -d -ld -s; do
  returns_ 1 timeout 10 udscat $opts @x < /dev/null > out 2> err || fail=1
  compare exp err || fail=1
  compare /dev/null out || fail=1
done

Exit $fail
