#!/bin/sh
# shmcat and mmapcat read 64 MiB to a pipe with the peak memory of a 4 MiB read

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
print_ver_ shmcat mmapcat
require_dev_shm_
test -x /usr/bin/time || skip_ "no /usr/bin/time to measure the peak RSS"

fresh_name_; small=$name
fresh_name_; big=$name
head -c 4M /dev/zero > "/dev/shm$small" || framework_failure_
head -c 64M /dev/zero > "/dev/shm$big" || framework_failure_

# peak_ CMD...: the peak RSS in KiB of CMD, whose output goes to a pipe.
peak_ ()
{
  /usr/bin/time -f %M -o rss "$@" | cat > /dev/null || return 1
  tail -n 1 rss
}

# The pages go to the pipe a few MiB at a time, and are dropped from
# the mapping as they go: reading 60 MiB more may not take 16 MiB more.
for tool in shmcat mmapcat; do
  case $tool in
    shmcat) s=$(peak_ shmcat -p "$small") && b=$(peak_ shmcat -p "$big") ;;
    mmapcat) s=$(peak_ mmapcat "/dev/shm$small") \
               && b=$(peak_ mmapcat "/dev/shm$big") ;;
  esac || { echo "$tool failed"; fail=1; continue; }
  test $b -le $((s + 16384)) \
    || { echo "$tool: $s KiB for 4 MiB, $b KiB for 64 MiB"; fail=1; }
done

Exit $fail
