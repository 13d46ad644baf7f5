#!/bin/sh
# the README's examples that no other test runs, extracted and run as written in the order a reader types them (with a fresh key, names and paths, and stand-in servers)

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
print_ver_ mqsend mqrecv fifocat udscat shmcat mmapcat
require_sysv_ipc_
require_sysv_shm_
require_dev_shm_

fresh_key_
hexkey=$(printf '0x%x' $key)
fresh_name_

## Quick start: after the build, the message goes and comes back, from
## the build directory.
readme_examples_ 'Quick start' 'See INSTALL' > quick || framework_failure_
test "$(wc -l < quick)" = 3 || { cat quick; framework_failure_; }
sed -n 1p quick | sed 's/^\$ .* && make && //; s/123456/'$key'/g' > c \
  || framework_failure_
grep '^echo ping | src/mqsend' c > /dev/null || framework_failure_
(cd "$abs_top_builddir" && timeout 10 sh "$OLDPWD/c") > out || fail=1
echo ping > exp; compare exp out || fail=1
# The others build, test and install: not run here.
sed -n 2p quick | grep -x '\$ make check' > /dev/null || fail=1
sed -n 3p quick | grep -x './configure && make && make install' > /dev/null \
  || fail=1

## Examples.
# examples_ FIRST N: the N example lines after the line FIRST (a line of
# text) of the Examples section.
examples_ ()
{
  sed -n "/^$1/,/^Performance/p" "$abs_top_srcdir/README" |
    sed -n 's/^    //p' | sed -n "1,$2p"
}

# One message, sent, then received.
examples_ 'Send a message with type 10' 2 | sed "s/123456/$key/g" > c \
  || framework_failure_
timeout 10 sh c > out || fail=1
echo ping > exp; compare exp out || fail=1

# A queue made by ipcmk, by its identifier: hello, and no queue left.
examples_ 'A queue made by util-linux ipcmk' 2 > ex || framework_failure_
{ sed -n 1p ex; echo 'echo "$id" > id'; sed -n 2p ex; } > c
timeout 10 sh c > out || fail=1
test -s id && fresh_id_ $(cat id)
echo hello > exp; compare exp out || fail=1
ipcs -q | awk -v id="$(cat id)" '$2 == id { exit 1 }' || fail=1

# A named pipe read across writers (the reader types the second
# line, and another writer comes); the reader is ended with TERM.
examples_ 'Copy through a named pipe' 2 | sed "s|/tmp/log.fifo|log.fifo|g" > ex \
  || framework_failure_
{ sed -n 1p ex; echo 'echo $! > reader.pid'; sed -n 2p ex; } > c
timeout 10 sh c || fail=1
pid=$(cat reader.pid) && bg_ $pid || framework_failure_
poll_until_ lines_at_least_ 1 all.log || fail=1
date | timeout 10 fifocat -w --lines log.fifo || fail=1
poll_until_ lines_at_least_ 2 all.log || fail=1
kill -s TERM $pid; poll_until_ gone_ $pid || fail=1
test "$(wc -l < all.log)" = 2 || fail=1

# A request to a socket (a stand-in service), and an echo server.
examples_ 'Talk to a Unix socket' 2 |
  sed "s|/run/service.sock|service.sock|; s|/tmp/echo.sock|echo.sock|" > ex \
  || framework_failure_
udscat -l service.sock sh -c 'cat > request; echo "HTTP/1.0 200 OK"' &
pid=$!; bg_ $pid
wait_socket_ service.sock || fail=1
sed -n 1p ex > c && timeout 10 sh c > out || fail=1
wait $pid || fail=1
echo 'HTTP/1.0 200 OK' > exp; compare exp out || fail=1
printf 'GET / HTTP/1.0\r\n\r\n' > exp; compare exp request || fail=1
{ printf 'exec '; sed -n 2p ex; } > c
timeout 20 sh c & pid=$!; bg_ $pid
wait_socket_ echo.sock || fail=1
for i in 1 2; do
  echo "hi $i" | timeout 10 udscat echo.sock > out || fail=1
  echo "hi $i" > exp; compare exp out || fail=1
done
mem_term_ $pid 'echo server'

# Shared memory filled, then dumped; a file patched at 100.
examples_ 'Fill shared memory and dump it' 4 |
  sed "s/0x1234/$hexkey/g; s|/segment|$name|g" > ex || framework_failure_
sed -n '1,2p' ex > c && timeout 10 sh c > out || fail=1
printf hello | od -c > exp; compare exp out || fail=1
sed -n 3p ex > c && timeout 10 sh c || fail=1
printf hello > exp; compare exp /dev/shm$name || fail=1
sed -n 4p ex > c && timeout 10 sh c || fail=1
{ head -c 100 /dev/zero; printf XY; } > exp; compare exp data.bin || fail=1

Exit $fail
