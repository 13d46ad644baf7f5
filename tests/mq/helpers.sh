# tests/mq/helpers.sh: helpers for the mqsend/mqrecv tests, sourced
# after tests/init.sh.  -*- sh -*-
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

# Every object and background job a test makes is recorded here, and
# removed or killed by the cleanup_ below (a test that needs more
# defines its own cleanup_ and calls mq_cleanup_ from it).
mq_keys_=
mq_ids_=
mq_names_=
mq_pids_=

# mq_key_: a fresh System V key, removed at exit.
mq_key_ ()
{
  key=$(new_key_) || framework_failure_
  mq_keys_="$mq_keys_ $key"
}

# mq_name_: a fresh POSIX queue name (with '/'), removed at exit.
mq_name_ ()
{
  name=$(new_name_) || framework_failure_
  mq_names_="$mq_names_ $name"
}

# mq_bg_ PID: kill PID at exit.
mq_bg_ ()
{
  mq_pids_="$mq_pids_ $1"
}

mq_cleanup_ ()
{
  for p_ in $mq_pids_; do kill "$p_" 2>/dev/null; done
  for p_ in $mq_pids_; do wait "$p_" 2>/dev/null; done
  remove_msq_ $mq_keys_
  for i_ in $mq_ids_; do ipcrm -q "$i_" 2>/dev/null; done
  remove_mq_ $mq_names_
  return 0
}

cleanup_ () { mq_cleanup_; }

# msq_qnum_ KEY: the number of messages in the System V queue KEY,
# as ipcs reports it (empty if there is no such queue).
msq_qnum_ ()
{
  ipcs -q | awk -v k="$(printf '0x%08x' "$1")" '$1 == k { print $6 }'
}

# msq_exists_ KEY: succeed if a System V queue with KEY exists.
msq_exists_ ()
{
  test -n "$(msq_id_ "$1")"
}

# tab_: a TAB character, for expected -T output.
tab_=$(printf '\t')

# posix_mq_visible_: whether the POSIX queues show in /dev/mqueue (the
# mqueue file system is mounted there).  Without it mq_open still works,
# but a test could neither see its queues there nor remove them, so
# the tests run their POSIX queue part only when this succeeds.
posix_mq_visible_ ()
{
  grep ' /dev/mqueue mqueue ' /proc/mounts > /dev/null && return 0
  echo "/dev/mqueue is not mounted: the POSIX queue part is not run"
  return 1
}

require_sysv_ipc_

# mq_queues_: set QUEUES to the queues a test runs on: "-k KEY", and
# "-p NAME" where POSIX queues can be listed; each is removed at exit.
mq_queues_ ()
{
  mq_key_; queues="-k $key"
  if posix_mq_visible_ > /dev/null; then
    mq_name_; queues="$queues -p $name"
  fi
}

# left_ OPTION QUEUE: the messages left in QUEUE, sorted, one a line;
# the queue is empty afterwards.
left_ ()
{
  timeout 10 mqrecv "$1" "$2" -f --timeout=0 > left_.tmp
  LC_ALL=C sort left_.tmp
}

# sleeping_in_ PID: succeed once PID (or the program timeout(1) runs
# as PID) sleeps in the kernel.
sleeping_in_ ()
{
  p_=$1
  test "$(cat "/proc/$p_/comm" 2>/dev/null)" = timeout \
    && p_=$(cat "/proc/$p_/task/$p_/children" 2>/dev/null)
  test "$(sed -n 's/^State:[	 ]*\([A-Z]\).*/\1/p' "/proc/${p_% }/status" \
          2>/dev/null)" = S
}
