# Applied by man/local.mk to each page that help2man makes.
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

# The "Exit status:" paragraph of --help (src/common.c's
# emit_exit_status and what the program adds after it) becomes a
# subsection of whatever section help2man is in.  Every man/PROG.x has
# an EXIT STATUS section that says it all and more, so drop the
# subsection: from its heading to the next section, the next
# subsection, or the text that man/PROG.x appends to the section (which
# begins with the comment line '.\" From man/PROG.x.').
/^\.SS "Exit status:"$/,/^\.S[HS] \|^\.\\" From man\//{
  /^\.SS "Exit status:"$/d
  /^\.S[HS] \|^\.\\" From man\//!d
}

# The last paragraph of --help points to the Info manual; SEE ALSO
# says so already.
/^\.PP$/{
  N
  /\nFull documentation: info /d
  P
  D
}
/^Full documentation: info /d

# The licence of --version on a line of its own, after the copyright.
/^License GPLv3+: /i\
.br
