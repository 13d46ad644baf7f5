#!/bin/sh
# shmcat -p reports a POSIX segment truncated while it reads it into a pipe

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

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
print_ver_ shmcat
require_dev_shm_

# shmcat splices a 64 MiB POSIX segment into a pipe, which holds at
# most 1 MiB: it is blocked while the reader, after the first 4 KiB,
# truncates the segment.  splice then finds the end early (and a
# mapping would find its pages gone).
fresh_name_
truncate -s 64M "/dev/shm$name" || framework_failure_
{ shmcat -p "$name"; echo $? > status; } 2> err \
  | { head -c 4096 > /dev/null; truncate -s 0 "/dev/shm$name"; cat > /dev/null; }
test "$(cat status)" = 1 || fail=1
grep "segment shrank while being read" err || { cat err; fail=1; }

Exit $fail
