# Helpers for the fifocat tests, sourced after tests/init.sh.  -*- sh -*-
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

# Background jobs to end in cleanup_; tests append their pids.
bg_pids_=

# Kill the background jobs and reap them.
cleanup_ ()
{
  for p_ in $bg_pids_; do kill -TERM "$p_" 2>/dev/null; done
  for p_ in $bg_pids_; do wait "$p_" 2>/dev/null; done
  return 0
}

# sleeping_ PID: whether process PID sleeps (state S in /proc), as it
# does in a blocking open.  True when /proc cannot tell.
sleeping_ ()
{
  test -r "/proc/$1/stat" || return 0
  s_=$(sed 's/.*) //' "/proc/$1/stat" | cut -d' ' -f1)
  test "$s_" = S
}

# gone_ PID: whether process PID has ended (it may be a zombie: a
# child of this shell not yet waited for).
gone_ ()
{
  kill -0 "$1" 2>/dev/null || return 0
  test -r "/proc/$1/stat" || return 1
  s_=$(sed 's/.*) //' "/proc/$1/stat" | cut -d' ' -f1)
  test "$s_" = Z
}

# lines_at_least_ N FILE: whether FILE has at least N lines.
lines_at_least_ ()
{
  test -f "$2" && test "$(wc -l < "$2")" -ge "$1"
}
