#!/bin/sh
# every man page renders with each section once, bare program names and its quotes

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

# bad_ PAGE WHAT: report what is wrong with PAGE.
bad_ () { echo "FAIL: $1: $2"; fail=1; }

for prog in $programs; do
  page=
  for d in "$abs_top_builddir/man" "$abs_top_srcdir/man"; do
    test -f "$d/$prog.1" && { page=$d/$prog.1; break; }
  done
  test -n "$page" || { bad_ $prog.1 'no page'; continue; }

  # No warning of any kind (-ww) from groff, in UTF-8 as man(1) shows it.
  LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$page" > err 2>&1 \
    || bad_ $prog.1 'groff failed'
  compare /dev/null err > /dev/null || { cat err; bad_ $prog.1 'groff warnings'; }
  LC_ALL=C.UTF-8 groff -man -Tutf8 -P-cbou "$page" > text 2> /dev/null \
    || bad_ $prog.1 'groff failed'

  # Each section heading once, and no subsection that repeats a section
  # (the "Exit status:" of --help next to the EXIT STATUS of the .x file).
  sed -n 's/^\.S[HS] *//p' "$page" | sed 's/"//g; s/:$//' \
    | tr '[:lower:]' '[:upper:]' | sort | uniq -d > dups
  compare /dev/null dups > /dev/null \
    || { cat dups; bad_ $prog.1 'a section heading appears twice'; }
  # The rendered headings (unindented lines) are unique as well.
  grep '^[A-Z]' text | grep -v "^$(echo $prog | tr a-z A-Z)(1)" \
    | sort | uniq -d > dups
  compare /dev/null dups > /dev/null \
    || { cat dups; bad_ $prog.1 'a rendered heading appears twice'; }
  # The EXIT STATUS section is a section of its own, its list not
  # followed by the rest of the description.
  grep -c '^EXIT STATUS$' text | grep -x 1 > /dev/null \
    || bad_ $prog.1 'not one EXIT STATUS section'
  grep -x -i 'Exit status:' text && bad_ $prog.1 'an "Exit status:" subsection'

  # Programs by their bare names, never a path of the build tree.
  grep -n -E "(^|[^[:alnum:]_./-])(\./)?src/$prog\b|$abs_top_builddir" text \
    && bad_ $prog.1 'a build path'

  # Macros take a double quote for the start or end of an argument and
  # drop it: "one message" written with .B reads as two words.
  # Examples are text lines (\fB...\fR).
  sed -n '/^\.SH EXAMPLES/,/^\.SH /p' "$page" | grep -n '^\.[BI] .*"' \
    && bad_ $prog.1 'a .B or .I example with a double quote'

  # Every example line with a double quote reads as it is written.
  sed -n '/^\.SH EXAMPLES/,/^\.SH /p' "$page" | grep '^[^.].*"' \
    | sed 's/\\f[BIRP]//g; s/\\-/-/g; s/\\e/\\/g; s/\\(dq/"/g' > quoted
  tr -s ' ' < text > text1
  while read -r line; do
    grep -F -e "$line" text1 > /dev/null \
      || bad_ $prog.1 "not rendered as written: $line"
  done < quoted

  # No claim that is not true (see AUTHORS and README).
  grep -i -E 'GNU ipcutils|Free Software Foundation|gnu\.org/software|bug-ipcutils' \
    text && bad_ $prog.1 'a false claim'
done

Exit $fail
