# helpers.sh: helpers for the udscat tests, sourced after init.sh.  -*- sh -*-
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

# The background jobs to kill in cleanup_.
bg_pids_=

# bg_ PID: remember PID for cleanup_.
bg_ () { bg_pids_="$bg_pids_ $1"; }

# kill_bg_: kill every remembered background job.
kill_bg_ ()
{
  for p_ in $bg_pids_; do kill "$p_" 2>/dev/null; done
  return 0
}

cleanup_ () { kill_bg_; }

# wait_socket_ FILE: wait (bounded) until FILE is a socket.
wait_socket_ () { poll_until_ test -S "$1"; }

# abstract_bound_ NAME: whether @NAME is bound in the abstract namespace.
abstract_bound_ () { grep -q " @$1\$" /proc/net/unix; }

# wait_abstract_ NAME: wait (bounded) until @NAME is bound.
wait_abstract_ ()
{
  test -r /proc/net/unix || skip_ 'no /proc/net/unix'
  poll_until_ abstract_bound_ "$1"
}

# require_socat_: skip unless socat is installed.
require_socat_ ()
{
  socat -V >/dev/null 2>&1 || skip_ 'socat is not installed'
}

# require_nc_unix_: skip unless nc is OpenBSD netcat (with -U and -N).
require_nc_unix_ ()
{
  nc -h 2>&1 | grep -q 'OpenBSD netcat' \
    || skip_ 'nc is not OpenBSD netcat (netcat-openbsd)'
}

# gone_ PID: whether process PID has ended (a zombie counts).
gone_ ()
{
  kill -0 "$1" 2>/dev/null || return 0
  test -r "/proc/$1/stat" || return 1
  s_=$(sed 's/.*) //' "/proc/$1/stat" | cut -d' ' -f1)
  test "$s_" = Z
}

# zombies_of_ PID: print the children of PID that are zombies.
zombies_of_ ()
{
  for f_ in /proc/[0-9]*/stat; do
    sed -n "s/^\([0-9]*\) (.*) Z $1 .*/\1/p" "$f_" 2>/dev/null
  done
}

# no_zombies_of_ PID: whether PID has no zombie children.
no_zombies_of_ () { test -z "$(zombies_of_ "$1")"; }
