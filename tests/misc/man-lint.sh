#!/bin/sh
# every man page renders with no groff warning

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
command -v groff > /dev/null || skip_ 'groff is not installed'

for prog in $programs; do
  page=
  for d in "$abs_top_builddir/man" "$abs_top_srcdir/man"; do
    test -f "$d/$prog.1" && { page=$d/$prog.1; break; }
  done
  test -n "$page" || { echo "no man page for $prog"; fail=1; continue; }
  LC_ALL=C groff -man -ww -z "$page" > out 2>&1 || fail=1
  compare /dev/null out || { echo "$page: groff warnings"; fail=1; }
  # The page documents the exit status and points to the manual.
  grep -q '^\.SH "EXIT STATUS"' "$page" \
    || grep -q '^\.SH EXIT STATUS' "$page" \
    || { echo "$page: no EXIT STATUS section"; fail=1; }
  grep -q "info '(ipcutils) $prog invocation'" "$page" \
    || { echo "$page: no pointer to the manual"; fail=1; }
done

Exit $fail
