#!/bin/sh
# make install puts a bash completion link for each program built, and none for a program that configure left out

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
print_ver_ fifocat
grep '^bashcompletiondir = .' "$abs_top_builddir/Makefile" > /dev/null \
  || skip_ 'configured --without-bash-completion-dir'

all='mqsend mqrecv fifocat udscat sigsend sigwait shmcat mmapcat'

# check_ DIR PROGRAM...: DIR holds the completion file and a link to it
# for each PROGRAM, and nothing else.
check_ ()
{
  dir_=$1; shift
  test -f "$dir_/ipcutils" || { echo "no $dir_/ipcutils"; fail=1; }
  for p_ in $all; do
    case " $* " in
      *" $p_ "*)
        test "$(readlink "$dir_/$p_")" = ipcutils \
          || { echo "no link $p_"; fail=1; } ;;
      *)
        test -e "$dir_/$p_" || test -h "$dir_/$p_" \
          && { echo "a link for $p_, which is not built"; fail=1; } ;;
    esac
  done
}

# This build: a link for each program that configure did not leave out
# (tests/check-fallbacks builds some without mqsend and mqrecv, or
# without udscat).
${MAKE-make} -s -C "$abs_top_builddir" install-data AM_UPDATE_INFO_DIR=no \
  DESTDIR="$PWD/root" bashcompletiondir=/bc > make.log 2>&1 \
  || { cat make.log; fail_ 'make install-data failed'; }
built=$(for p in $built_programs; do basename "$p"; done)
check_ root/bc $built

# A build with only two programs, as configure would leave the others
# out.
${MAKE-make} -s -C "$abs_top_builddir" install-data AM_UPDATE_INFO_DIR=no \
  DESTDIR="$PWD/root2" bashcompletiondir=/bc \
  bin_PROGRAMS='src/fifocat src/sigsend' > make.log 2>&1 \
  || { cat make.log; fail_ 'make install-data failed'; }
check_ root2/bc fifocat sigsend

# Uninstalling removes them all.
${MAKE-make} -s -C "$abs_top_builddir" uninstall-bash-completion \
  DESTDIR="$PWD/root2" bashcompletiondir=/bc \
  bin_PROGRAMS='src/fifocat src/sigsend' > make.log 2>&1 \
  || { cat make.log; fail_ 'make uninstall-bash-completion failed'; }
ls root2/bc > out || framework_failure_
compare /dev/null out || fail=1

Exit $fail
