#!/bin/sh
# udscat --help says what this system lacks and what udscat cannot do without it; on GNU/Linux, nothing

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
print_ver_ udscat

udscat --help > help || fail=1
: > exp
config_has_ HAVE_ABSTRACT_SOCKETS \
  || echo '- there are no abstract socket names: @NAME is refused; a --dgram client' >> exp
if config_has_ HAVE_DECL_SO_PEERCRED && config_has_ HAVE_STRUCT_UCRED; then
  :
elif config_has_ HAVE_GETPEEREID; then
  echo '- udscat cannot tell the process of a peer: COMMAND gets no' >> exp
else
  echo '- udscat cannot tell who a peer is: --allow-uid and --allow-gid are' >> exp
fi
config_has_ HAVE_DECL_SO_PASSCRED && config_has_ HAVE_DECL_SCM_CREDENTIALS \
  || echo '- with --seqpacket, an empty packet can be taken for the end of the' >> exp
test -s exp && sed -i '1i\On this system:' exp
grep -E '^(On this system:|- )' help > out
compare exp out || fail=1

Exit $fail
