#!/bin/sh
# --help is translated with the build tree's zh_CN catalog

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
test "$USE_NLS" = no && skip_ 'built with --disable-nls'

locale -a | grep -i -x -e 'C.utf8' -e 'C.UTF-8' > /dev/null \
  || skip_ 'no C.UTF-8 locale'
gmo=
for d in "$abs_top_builddir/po" "$abs_top_srcdir/po"; do
  test -f "$d/zh_CN.gmo" && { gmo=$d/zh_CN.gmo; break; }
done
test -n "$gmo" || skip_ 'no po/zh_CN.gmo: msgfmt missing?'

# The programs look for their catalogs in $IPCUTILS_LOCALEDIR if set.
mkdir -p loc/zh_CN/LC_MESSAGES || framework_failure_
cp "$gmo" loc/zh_CN/LC_MESSAGES/ipcutils.mo || framework_failure_

# Three UTF-8 bytes of a CJK ideograph (U+4E00..U+9FFF).
cjk=$(printf '[\344-\351][\200-\277][\200-\277]')

# glibc takes the language from LANGUAGE (a GNU extension) in any locale
# but C; musl ignores LANGUAGE and opens the catalogue named after the
# LC_MESSAGES locale, which can be any name there.
zh_locale=C.UTF-8
first=$(set -- $programs; echo $1)
grep ld-musl "$(command -v $first)" > /dev/null && zh_locale=zh_CN.UTF-8

for prog in $programs; do
  # Untranslated by default: the check below can tell.
  env IPCUTILS_LOCALEDIR="$PWD/loc" LANGUAGE= LC_ALL=C.UTF-8 \
    $prog --help > out || fail=1
  grep "$cjk" out && fail=1

  env IPCUTILS_LOCALEDIR="$PWD/loc" LANGUAGE=zh_CN LC_ALL=$zh_locale \
    $prog --help > out || fail=1
  grep "$cjk" out > /dev/null \
    || { echo "$prog --help is not translated"; fail=1; }
  # The usage line ("用法") and a diagnostic as well.
  grep "$(printf '\347\224\250\346\263\225')" out \
    || { echo "$prog: no translated Usage"; fail=1; }
  env IPCUTILS_LOCALEDIR="$PWD/loc" LANGUAGE=zh_CN LC_ALL=$zh_locale \
    $prog --no-such-option > /dev/null 2> err
  cat err
  grep -F "$prog --help" err | grep "$cjk" > /dev/null \
    || { echo "$prog: Try '$prog --help' is not translated"; fail=1; }
done

Exit $fail
