#!/bin/sh
# programs renamed by --program-prefix or --program-transform-name complete under their new names

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
require_bash_completion_
grep '^bashcompletiondir = .' "$abs_top_builddir/Makefile" > /dev/null \
  || skip_ 'configured --without-bash-completion-dir'

# Install the completion as "make install" does for programs that
# configure --program-prefix=ipc- renames.
progs='mqsend mqrecv fifocat udscat sigsend sigwait shmcat mmapcat'
${MAKE-make} -s -C "$abs_top_builddir" install-data AM_UPDATE_INFO_DIR=no \
  DESTDIR="$PWD/root" bashcompletiondir=/bc \
  transform='s&^&ipc-&;s,x,x,' > make.log 2>&1 \
  || { cat make.log; fail_ 'make install-bash-completion failed'; }
test -f root/bc/ipcutils || fail_ 'no root/bc/ipcutils'
for p in $progs; do
  test "$(readlink root/bc/ipc-$p)" = ipcutils \
    || { echo "no link ipc-$p"; fail=1; }
  test -e root/bc/$p && { echo "a link under the old name $p"; fail=1; }
done

# The renamed commands complete as the programs do.
completion_file_=$PWD/root/bc/ipcutils
complete_ 'ipc-mqsend --time' 'ipc-sigwait US' 'ipc-fifocat --unl' > out \
  || fail=1
cat > exp <<'EOT' || framework_failure_
> ipc-mqsend --time
--timeout=
> ipc-sigwait US
USR1
USR2
> ipc-fifocat --unl
--unlink
EOT
compare exp out || fail=1

# Without renaming, the installed file is the source file.
${MAKE-make} -s -C "$abs_top_builddir" install-data AM_UPDATE_INFO_DIR=no \
  DESTDIR="$PWD/root2" bashcompletiondir=/bc > make.log 2>&1 \
  || { cat make.log; fail_ 'make install-bash-completion failed'; }
compare "$abs_top_srcdir/completion/ipcutils" root2/bc/ipcutils || fail=1
test "$(readlink root2/bc/mqsend)" = ipcutils || fail=1

Exit $fail
