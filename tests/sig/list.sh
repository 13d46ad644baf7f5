#!/bin/sh
# sigsend -l lists every signal, and its names and numbers convert both ways

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
print_ver_ sigsend

sigsend -l > list || fail=1

# One "NUMBER NAME" line per signal, standard and real-time ones.
grep -x '10 USR1' list > /dev/null || fail=1
grep -x '15 TERM' list > /dev/null || fail=1
grep -x '[0-9]* RTMIN' list > /dev/null || fail=1
grep -x '[0-9]* RTMIN+1' list > /dev/null || fail=1
grep -x '[0-9]* RTMAX-1' list > /dev/null || fail=1
grep -x '[0-9]* RTMAX' list > /dev/null || fail=1
grep -v -x '[1-9][0-9]* [A-Z][A-Z0-9+-]*' list && fail=1

# Each name converts to its number and each number to its name, with
# or without SIG, in any case.
cut -d' ' -f1 list > nums || framework_failure_
cut -d' ' -f2 list > names || framework_failure_
sigsend -l $(cat names) > got || fail=1
compare nums got || fail=1
sigsend -l $(sed 's/^/SIG/' names) > got || fail=1
compare nums got || fail=1
sigsend -l $(tr A-Z a-z < names) > got || fail=1
compare nums got || fail=1
sigsend -l $(cat nums) > got || fail=1
compare names got || fail=1

# The exit status of a process killed by a signal converts too.
test "$(sigsend -l 138)" = USR1 || fail=1

# The names are those of "kill -l" (the shell's and procps').  The
# real-time signals are named from the C library's SIGRTMIN: glibc's is
# 34, musl's 35 (it keeps one more for itself).  With sigsend built on
# musl and the shell on glibc, the number sigsend calls RTMIN+N is the
# shell's RTMIN+N+1; any other difference is an error.
rtmin=$(sigsend -l RTMIN) || fail=1
rtmin2=$(sigsend -l RTMIN+2) || fail=1
rtmax1=$(sigsend -l RTMAX-1) || fail=1
shell_rtmin=
for m in 32 33 34 35 36 37 38 39 40; do
  case $(kill -l $m 2>/dev/null) in
    RTMIN | SIGRTMIN) shell_rtmin=$m; break ;;
  esac
done
rt_offset=0
if test -n "$shell_rtmin" && test "$shell_rtmin" != "$rtmin"; then
  echo "the shell's SIGRTMIN is $shell_rtmin, sigsend's $rtmin"
  if grep ld-musl "$(command -v sigsend)" > /dev/null; then
    rt_offset=$(($rtmin - $shell_rtmin))
  else
    fail=1
  fi
fi
for n in 1 10 15 $rtmin2 $rtmax1; do
  name=$(sigsend -l $n) || fail=1
  k=$(kill -l $n) || continue
  test $n = "$rtmin2" && name=RTMIN+$((2 + $rt_offset))
  test "$k" = "$name" || test "$k" = "SIG$name" \
    || { echo "kill -l $n: $k, sigsend -l $n: $name"; fail=1; }
done
test "$(/usr/bin/kill -l 10 2>/dev/null)" = USR1 || fail=1

Exit $fail
