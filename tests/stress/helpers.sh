# tests/stress/helpers.sh: helpers for the stress and fault-injection
# tests, sourced after tests/init.sh (tests/fault sources it too).
# -*- sh -*-
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

# Every object and background job a test makes is recorded here and
# removed or killed by the cleanup_ below.  A test needing more defines
# its own cleanup_ and calls st_cleanup_ from it.
st_keys_=
st_names_=
st_shm_names_=
st_pids_=

# st_key_: a fresh System V key in $key, removed at exit.
st_key_ ()
{
  key=$(new_key_) || framework_failure_
  st_keys_="$st_keys_ $key"
}

# st_name_: a fresh POSIX name (with '/') in $name, removed at exit.
st_name_ ()
{
  name=$(new_name_) || framework_failure_
  st_names_="$st_names_ $name"
}

# st_bg_ PID...: kill these processes at exit.
st_bg_ ()
{
  st_pids_="$st_pids_ $*"
}

st_cleanup_ ()
{
  for p_ in $st_pids_; do kill -9 "$p_" 2>/dev/null; done
  for p_ in $st_pids_; do wait "$p_" 2>/dev/null; done
  for k_ in $st_keys_; do
    ipcrm -Q "$k_" 2>/dev/null
    ipcrm -M "$k_" 2>/dev/null
  done
  for n_ in $st_names_; do
    rm -f "/dev/mqueue$n_" "/dev/shm$n_" 2>/dev/null
  done
  return 0
}

cleanup_ () { st_cleanup_; }

# st_timeout_: how long a stress process may run, in seconds, before
# timeout(1) kills it: 50 normally, more under a slow checker.
st_timeout_ ()
{
  expr 50 \* "${IPCUTILS_SLOWDOWN:-1}"
}

# st_wait_ NAME PID...: wait for each PID; on a nonzero status say so
# (naming the job) and set fail=1.
st_wait_ ()
{
  what_=$1; shift
  for p_; do
    wait "$p_"
    s_=$?
    test $s_ -eq 0 || { echo "$what_ $p_ exited with status $s_"; fail=1; }
  done
}

# st_no_dups_ FILE: fail if a line of FILE occurs twice.
st_no_dups_ ()
{
  sort "$1" | uniq -d > dups_ || framework_failure_
  compare /dev/null dups_ || { echo "duplicates in $1"; fail=1; }
}

# msq_exists_ KEY: succeed if a System V queue with KEY exists.
msq_exists_ ()
{
  test -n "$(msq_id_ "$1")"
}

# msq_qnum_ KEY: the number of messages in the System V queue KEY.
msq_qnum_ ()
{
  ipcs -q | awk -v k="$(printf '0x%08x' "$1")" '$1 == k { print $6 }'
}

# st_state_ PID: the state letter of process PID (S sleeping...), or
# nothing if it is gone.
st_state_ ()
{
  sed -n 's/^State:[	 ]*\([A-Z]\).*/\1/p' "/proc/$1/status" 2>/dev/null
}


# st_in_ PID FUNCTION...: succeed if PID sleeps in one of these kernel
# functions (/proc/PID/wchan), e.g. do_msgrcv, do_msgsnd, wq_sleep,
# fifo_open, unix_stream_read_generic, do_sigtimedwait.  Use it to wait,
# with poll_until_, until a program reaches a blocking call.  When PID
# is timeout(1), look at the program it runs.
st_in_ ()
{
  pid_=$(st_program_ "$1"); shift
  w_=$(cat "/proc/$pid_/wchan" 2>/dev/null) || return 1
  for f_; do
    case $w_ in $f_) return 0 ;; esac
  done
  return 1
}

# st_sleeping_ PID: succeed once PID sleeps in the kernel, whatever the
# call (for waits whose kernel function varies: poll, accept...).
st_sleeping_ ()
{
  test "$(st_state_ "$(st_program_ "$1")")" = S
}

# st_program_ PID: PID, or if PID is timeout(1), the process it runs.
st_program_ ()
{
  if test "$(cat "/proc/$1/comm" 2>/dev/null)" = timeout; then
    set -- $(cat "/proc/$1/task/$1/children" 2>/dev/null) "$1"
  fi
  echo "$1"
}

# st_signal_ SIGNAL PID WHAT: send SIGNAL (INT or TERM) to PID (or to
# the program that timeout(1) runs), wait for PID, and fail unless it
# died of SIGNAL (status 130 or 143).
st_signal_ ()
{
  case $1 in
    INT) want_=130 ;;
    TERM) want_=143 ;;
    HUP) want_=129 ;;
    *) framework_failure_ ;;
  esac
  kill -s "$1" "$(st_program_ "$2")" || { echo "$3: cannot signal"; fail=1; }
  wait "$2"
  got_=$?
  test $got_ = $want_ || { echo "$3: status $got_ after SIG$1, not $want_"; fail=1; }
}

# st_mq_many_ OPTION OBJECT: 8 senders and 4 receivers, $(scaled_
# 10000) messages from each sender, through the queue that mqsend and
# mqrecv select with OPTION OBJECT (-k KEY or -p NAME), which must not
# exist yet.  Fail if a message is lost, doubled, or reaches a receiver
# out of its sender's order, or if one is left in the queue.
st_mq_many_ ()
{
  n=$(scaled_ 10000)
  t=$(st_timeout_)
  for i in 1 2 3 4 5 6 7 8; do
    seq -f "s$i-%g" $n > in$i || framework_failure_
  done
  cat in? | sort > exp || framework_failure_

  # Each receiver takes a quarter: together they take all, and only
  # all, the messages; one that got more would leave another waiting.
  per=$(expr 8 \* $n / 4)
  mqsend "$1" "$2" --no-create x 2>/dev/null && framework_failure_
  rpids=
  for r in 1 2 3 4; do
    timeout $t mqrecv "$1" "$2" -c $per > out$r 2> rerr$r &
    rpids="$rpids $!"
  done
  st_bg_ $rpids
  spids=
  for i in 1 2 3 4 5 6 7 8; do
    timeout $t mqsend "$1" "$2" < in$i 2> serr$i &
    spids="$spids $!"
  done
  st_bg_ $spids
  st_wait_ sender $spids
  st_wait_ receiver $rpids
  cat serr? rerr?

  sort out? > out || framework_failure_
  st_no_dups_ out
  compare exp out > /dev/null || { echo "received and sent differ"; fail=1; }
  for r in 1 2 3 4; do
    test $(wc -l < out$r) -eq $per || { echo "receiver $r: wrong count"; fail=1; }
  done
  # Each sender's messages reach each receiver in the order they were sent.
  for r in 1 2 3 4; do
    awk -F- '{ if ($2 <= last[$1]) { print "out of order: " $0; exit 1 }
               last[$1] = $2 }' out$r || fail=1
  done
  returns_ 124 mqrecv "$1" "$2" --timeout=0 || fail=1
}

# T: the time limit, in seconds, for timeout(1) around every program
# of these tests: only a safety net (the tests wait with bounded
# polls), wide enough for a loaded machine or valgrind.
T=$(st_timeout_)
