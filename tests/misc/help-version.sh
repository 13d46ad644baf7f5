#!/bin/sh
# every program handles --help, --version, a bad option and a full stdout

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

test -n "$built_programs" || framework_failure_
test -n "$VERSION" || framework_failure_
test -w /dev/full || skip_ 'no /dev/full'

# bad_ PROG WHAT: report that PROG failed the check WHAT.
bad_ ()
{
  echo "FAIL: $1: $2"
  case " $failed_progs " in
    *" $1 "*) ;;
    *) failed_progs="$failed_progs $1" ;;
  esac
  fail=1
}
failed_progs=

for p in $built_programs; do
  prog=${p#src/}
  command -v $prog > /dev/null || { bad_ $prog 'not built'; continue; }

  timeout 10 $prog --help > out 2> err
  st=$?
  test $st = 0 || bad_ $prog "--help exits $st"
  grep "^Usage: $prog " out > /dev/null || bad_ $prog '--help: no "Usage:"'
  compare /dev/null err > /dev/null || bad_ $prog '--help writes to stderr'

  timeout 10 $prog --version > out 2> err
  st=$?
  test $st = 0 || bad_ $prog "--version exits $st"
  echo "$prog (ipcutils) $VERSION" > exp
  head -n 1 out > out1
  compare exp out1 || bad_ $prog '--version: first line'
  compare /dev/null err > /dev/null || bad_ $prog '--version writes to stderr'
  # The year is that of the program's source (gl/lib/version-etc.c.diff).
  year=$(sed -n 's/^.* Copyright (C) \([0-9]*\) the ipcutils authors$/\1/p' \
         "$abs_top_srcdir/src/$prog.c" | head -n 1)
  grep "^Copyright (C) $year the ipcutils authors\$" out \
    > /dev/null || bad_ $prog "--version: not copyright $year"

  timeout 10 $prog --no-such-option < /dev/null > out 2> err
  st=$?
  test $st = 1 || bad_ $prog "unknown option exits $st"
  grep "Try '$prog --help'" err > /dev/null \
    || bad_ $prog "no Try '$prog --help'"
  compare /dev/null out > /dev/null \
    || bad_ $prog 'unknown option writes to stdout'

  for opt in --help --version; do
    timeout 10 $prog $opt > /dev/full 2> err
    st=$?
    test $st = 1 || bad_ $prog "$opt >/dev/full exits $st"
    test -s err || bad_ $prog "$opt >/dev/full: no diagnostic"
  done
done

test -n "$failed_progs" && echo "failed:$failed_progs"
Exit $fail
