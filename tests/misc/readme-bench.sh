#!/bin/sh
# the README's performance table is what bench/readme-table makes of bench/RESULTS

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

. "${srcdir=.}/tests/init.sh"

top=$abs_top_srcdir
sh "$top/bench/readme-table" "$top/bench/RESULTS" > table || fail=1
# Not empty: a ratio of every stream tool is in it.
for t in fifocat udscat shmcat mmapcat; do
  grep "^  $t .*[0-9]x  " table > /dev/null || { echo "no $t ratio"; fail=1; }
done
sh "$top/bench/readme-table" "$top/bench/RESULTS" "$top/README" > exp \
  || fail=1
compare exp "$top/README" || fail=1

Exit $fail
