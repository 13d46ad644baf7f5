# Helpers for the tests/pkg completion tests, sourced after init.sh.
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

# Our completion file, as shipped in the tarball.
completion_file_=$abs_top_srcdir/completion/ipcutils

# require_bash_completion_: skip unless bash and bash-completion 2.x's
# main script are installed; set $bash_completion_ to that script.
require_bash_completion_ ()
{
  command -v bash > /dev/null 2>&1 || skip_ "bash is not installed"
  bash_completion_=
  bc_dir_=$(pkg-config --variable=datadir bash-completion 2>/dev/null)
  for f_ in ${bc_dir_:+"$bc_dir_/bash-completion/bash_completion"} \
            /usr/share/bash-completion/bash_completion \
            /usr/local/share/bash-completion/bash_completion; do
    test -f "$f_" && { bash_completion_=$f_; break; }
  done
  test -n "$bash_completion_" || skip_ "bash-completion is not installed"
  grep '^_init_completion *()' "$bash_completion_" > /dev/null \
    || skip_ "$bash_completion_ is not bash-completion 2.x"
  test -f "$completion_file_" \
    || framework_failure_ "no completion file $completion_file_"
}

# complete_ LINE...: for each command line LINE (up to the cursor)
# print "> LINE" and the completions offered, sorted, each once, one
# a line.
complete_ ()
{
  bash "$abs_top_srcdir/tests/pkg/complete.bash" \
    "$completion_file_" "$bash_completion_" "$@"
}
