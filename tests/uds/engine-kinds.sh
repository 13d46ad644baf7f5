#!/bin/sh
# udscat relays a file, a file read from an offset or a pipe, into a pipe, a file or a file in append mode, whole, both ways

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

# The pairs take each mechanism of the copy engine: sendfile from a
# file (which must start at the file's offset, and leave it at the
# end), splice from or to a pipe, read and write from the socket into
# a file, also in append mode.  3 MiB: more than one buffer, one pipe
# and one socket buffer.
head -c 3M /dev/urandom > data || framework_failure_
tail -c +1001 data > data.offset || framework_failure_

# feed_ KIND CMD...: run CMD with standard input of KIND: file, offset
# (the file after its first 1000 bytes; afterwards nothing must be
# left to read) or pipe.
feed_ ()
{
  kind_=$1; shift
  case $kind_ in
    file) "$@" < data ;;
    offset) { dd bs=1000 count=1 of=/dev/null 2>/dev/null &&
              "$@" && cat > rest; } < data ;;
    pipe) cat data | "$@" ;;
  esac
}

# drain_ KIND CMD...: run CMD with standard output of KIND, into out:
# pipe, file, or append (after a byte "x" already in the file).
drain_ ()
{
  kind_=$1; shift
  case $kind_ in
    pipe) "$@" | cat > out ;;
    file) "$@" > out ;;
    append) printf x > out && "$@" >> out ;;
  esac
}

# check_ IN OUT WHAT: out holds the data that IN gives, after OUT's
# prefix.
check_ ()
{
  case $1 in offset) cp data.offset exp ;; *) cp data exp ;; esac
  case $2 in append) { printf x; cat exp; } > exp.x && mv exp.x exp ;; esac
  cmp exp out > /dev/null || { echo "$3: $1 to $2 differs"; fail=1; }
  if test $1 = offset; then
    test -s rest && { echo "$3: input left after the copy"; fail=1; }
  fi
  rm -f out rest
}

for in in file offset pipe; do
  for out in pipe file append; do
    # The client sends.
    rm -f s
    drain_ $out udscat -l s < /dev/null & pid=$!; bg_ $pid
    wait_socket_ s || framework_failure_
    feed_ $in timeout 30 udscat s > /dev/null || fail=1
    wait $pid || fail=1
    check_ $in $out client

    # The server sends.
    rm -f s
    feed_ $in udscat -l s > /dev/null & pid=$!; bg_ $pid
    wait_socket_ s || framework_failure_
    drain_ $out timeout 30 udscat s < /dev/null || fail=1
    wait $pid || fail=1
    check_ $in $out server
  done
done

Exit $fail
