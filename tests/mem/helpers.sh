# Helpers for the tests of shmcat and mmapcat.  -*- sh -*-
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

# shm_field_ KEY N: field N of the line of "ipcs -m" for the System V
# segment with key KEY (2: id, 4: perms, 5: bytes).
shm_field_ ()
{
  ipcs -m | awk -v k="$(printf '0x%08x' "$1")" -v f="$2" \
    '$1 == k { print $f }'
}

# shm_id_ KEY: the identifier of the System V segment with key KEY.
shm_id_ () { shm_field_ "$1" 2; }

# shm_exists_ KEY: whether a System V segment with key KEY exists.
shm_exists_ () { test -n "$(shm_id_ "$1")"; }

# remove_shm_ KEY...: remove the System V segments with these keys.
remove_shm_ ()
{
  for k_; do ipcrm -M "$k_" 2>/dev/null; done
  return 0
}

# remove_shm_id_ ID...: remove the System V segments with these ids.
remove_shm_id_ ()
{
  for i_; do ipcrm -m "$i_" 2>/dev/null; done
  return 0
}

# remove_posix_shm_ NAME...: remove these POSIX shared memory objects.
remove_posix_shm_ ()
{
  for n_; do rm -f "/dev/shm${n_}"; done
  return 0
}

# require_dev_shm_: skip unless POSIX shared memory lives in /dev/shm.
require_dev_shm_ ()
{
  test -d /dev/shm && test -w /dev/shm \
    || skip_ 'no writable /dev/shm: POSIX shared memory unavailable'
}

# require_sysv_shm_: skip unless System V shared memory works here.
require_sysv_shm_ ()
{
  ipcs -m >/dev/null 2>&1 || skip_ 'System V shared memory unavailable'
}
