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

# The helpers below use those of tests/stress/helpers.sh (st_program_).

# mem_gone_ PID: succeed once process PID has ended (a zombie not yet
# waited for counts as ended).
mem_gone_ ()
{
  case $(sed -n 's/^State:[	 ]*\([A-Z]\).*/\1/p' "/proc/$1/status" \
           2>/dev/null) in
    '' | Z) return 0 ;;
  esac
  return 1
}

# mem_term_ PID WHAT: send SIGTERM to PID (or to the program that
# timeout(1) runs), and fail (fail=1, return 1) unless it ends within
# a bounded poll and dies of the signal (status 143).
mem_term_ ()
{
  p_=$(st_program_ "$1")
  kill -s TERM "$p_" || { echo "$2: cannot signal"; fail=1; return 1; }
  poll_until_ mem_gone_ "$p_" \
    || { echo "$2: still running after SIGTERM"; kill -s KILL "$p_"; }
  wait "$1"
  s_=$?
  test $s_ = 143 && return 0
  echo "$2: status $s_ after SIGTERM, not 143"
  fail=1
  return 1
}

# mem_has_read_ PID N: succeed once PID (or the program that timeout(1)
# runs) has read at least N bytes (rchar of /proc/PID/io).
mem_has_read_ ()
{
  r_=$(sed -n 's/^rchar: //p' "/proc/$(st_program_ "$1")/io" 2>/dev/null)
  test "${r_:-0}" -ge "$2"
}

# mem_waiting_ PID PROG: succeed once PID (or the program that
# timeout(1) runs, once it runs it) runs PROG and sleeps, or has ended.
mem_waiting_ ()
{
  p_=$(st_program_ "$1")
  mem_gone_ "$p_" && return 0
  test "$(cat "/proc/$p_/comm" 2>/dev/null)" = "$2" || return 1
  test "$(sed -n 's/^State:[	 ]*\([A-Z]\).*/\1/p' "/proc/$p_/status")" = S
}

# mem_nonblock_script_: write nonblock.py, which runs the command of
# its arguments with O_NONBLOCK set on the open file descriptions of
# its standard input and output (shared with whoever else uses them),
# in the process that it replaces (so $! is the command's).  Sets
# PYTHON, or skips.
mem_nonblock_script_ ()
{
  require_python_
  cat > nonblock.py <<'PY' || framework_failure_
import fcntl, os, sys
for fd in 0, 1:
    fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_NONBLOCK)
os.execvp(sys.argv[1], sys.argv[1:])
PY
}
