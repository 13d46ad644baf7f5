#!/bin/sh
# po/zh_CN.po translates every message of the current sources

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
print_ver_ mqsend

for p in xgettext msgmerge msgfmt; do
  command -v $p > /dev/null || skip_ "$p is not installed"
done

# Extract the messages as po/Makevars does, from the files that
# po/POTFILES.in lists.
sed -e '/^#/d' -e '/^$/d' "$abs_top_srcdir/po/POTFILES.in" > files \
  || framework_failure_
(cd "$abs_top_srcdir" && xgettext --default-domain=ipcutils \
   --keyword=_ --keyword=N_ --flag=_:1:pass-c-format \
   --flag=N_:1:pass-c-format --flag=error:3:c-format \
   --from-code=UTF-8 --add-comments=TRANSLATORS: \
   --files-from="$OLDPWD/files" -o "$OLDPWD/ipcutils.pot") \
  || framework_failure_

msgmerge --quiet --no-fuzzy-matching -o merged.po \
  "$abs_top_srcdir/po/zh_CN.po" ipcutils.pot || fail=1
LC_ALL=C msgfmt --check --statistics -o /dev/null merged.po 2> stats \
  || fail=1
cat stats
# All translated: no "untranslated" and no "fuzzy" in the statistics.
grep -E 'untranslated|fuzzy' stats && fail=1
grep 'translated messages' stats > /dev/null || fail=1

Exit $fail
