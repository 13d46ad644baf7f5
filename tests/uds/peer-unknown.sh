#!/bin/sh
# where the system cannot tell a peer's user, --allow-uid and --allow-gid are refused and COMMAND gets no UNIXREMOTE* variables

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
config_has_ HAVE_DECL_SO_PEERCRED && config_has_ HAVE_STRUCT_UCRED \
  && skip_ 'this system has SO_PEERCRED (tests/uds/ucspi.sh)'
config_has_ HAVE_GETPEEREID \
  && skip_ 'this system has getpeereid (tests/uds/ucspi.sh)'

# Refused at once, before any socket exists.
for opt in --allow-uid --allow-gid; do
  echo "udscat: $opt is not supported on this system: it cannot tell" \
       "the user of a peer" > exp || framework_failure_
  returns_ 1 timeout 10 udscat -l $opt=0 s < /dev/null > out 2> err \
    || fail=1
  compare exp err || fail=1
  test -e s && fail=1
done

# The variables that need the peer's identity are not set, even if
# udscat's own environment has them.
UNIXREMOTEPID=x UNIXREMOTEEUID=x UNIXREMOTEEGID=x \
  udscat -l s sh -c 'echo "$PROTO $UNIXLOCALPATH" \
                        "${UNIXREMOTEPID-unset} ${UNIXREMOTEEUID-unset}" \
                        "${UNIXREMOTEEGID-unset}"' \
  > /dev/null & pid=$!; bg_ $pid
wait_socket_ s || framework_failure_
timeout 10 udscat s < /dev/null > out || fail=1
wait $pid || fail=1
echo "UNIX s unset unset unset" > exp
compare exp out || fail=1

Exit $fail
