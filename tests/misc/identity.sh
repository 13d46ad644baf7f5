#!/bin/sh
# --version and --help make no claim of GNU, the FSF, a home page or a bug address

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
programs=$(echo $built_programs | sed 's|src/||g')
print_ver_ $programs

# ipcutils is not a GNU package, the Free Software Foundation holds no
# copyright in it, and no home page or bug address reaches the project:
# only a distributor's, given to configure, may be printed.
packager_bugs=$(sed -n 's/^#define PACKAGE_PACKAGER_BUG_REPORTS "\(.*\)"$/\1/p' \
                  "$abs_top_builddir/config.h")

for prog in $programs; do
  $prog --version > out || fail=1
  echo "$prog (ipcutils) $VERSION" > exp
  head -n 1 out > out1
  compare exp out1 || fail=1
  grep -E '^Copyright \(C\) [0-9]{4} the ipcutils authors$' out > /dev/null \
    || { echo "$prog --version: no copyright of the ipcutils authors"; fail=1; }
  grep '^License GPLv3+: GNU GPL version 3 or later' out > /dev/null \
    || { echo "$prog --version: no licence"; fail=1; }
  grep -i -E 'GNU ipcutils|Free Software Foundation|gnu\.org/software' out \
    && { echo "$prog --version: a false claim"; fail=1; }

  $prog --help > out || fail=1
  grep -i -E 'GNU ipcutils|Free Software Foundation|gnu\.org|home page' out \
    && { echo "$prog --help: a false claim"; fail=1; }
  tail -n 1 out > last
  if test -n "$packager_bugs"; then
    grep -F "bugs to: $packager_bugs" last > /dev/null \
      || { echo "$prog --help: no packager's bug address"; fail=1; }
  else
    # The help ends with the pointer to the manual, and names no address.
    echo "Full documentation: info '(ipcutils) $prog invocation'" > exp
    compare exp last || fail=1
    grep -E 'Report .*bugs|https?://|<[^ ]*@[^ ]*>' out \
      && { echo "$prog --help: an address"; fail=1; }
  fi
done

Exit $fail
