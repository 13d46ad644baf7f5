# Helpers for the tests of sigsend and sigwait.             -*- sh -*-
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

# Background processes and process groups that cleanup_ kills.
bg_pids_=
bg_groups_=

# bg_ PID: kill PID in cleanup_.
bg_ () { bg_pids_="$bg_pids_ $1"; }

# bg_group_ PGID: kill the process group PGID in cleanup_.
bg_group_ () { bg_groups_="$bg_groups_ $1"; }

cleanup_ ()
{
  for p_ in $bg_pids_; do kill "$p_" 2>/dev/null; done
  for g_ in $bg_groups_; do kill -s KILL -- "-$g_" 2>/dev/null; done
  return 0
}

# pidfile_pid_ FILE: wait (at most ten seconds) for the pidfile FILE,
# then print the process ID in it.
pidfile_pid_ ()
{
  poll_until_ test -s "$1" || return 1
  cat "$1"
}

# pgid_ PID: the process group of PID.
pgid_ ()
{
  ps -o pgid= -p "$1" | tr -d ' '
}

# lines_ N FILE: whether FILE has at least N lines.
lines_ ()
{
  test -f "$2" && test "$(wc -l < "$2")" -ge "$1"
}

# gone_ PID: whether the process PID has ended (or is a zombie).
gone_ ()
{
  ! kill -0 "$1" 2>/dev/null && return 0
  case $(ps -o stat= -p "$1" 2>/dev/null) in
    Z*) return 0 ;;
  esac
  return 1
}
