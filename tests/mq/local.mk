## tests/mq fragment: mqsend and mqrecv.  -*-Makefile-*-
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


TESTS += \
  tests/mq/deliver-head.sh \
  tests/mq/deliver-example.sh \
  tests/mq/recv-timeout-no-queue.sh \
  tests/mq/deliver-read-break.sh \
  tests/mq/deliver-grep.sh \
  tests/mq/deliver-count.sh \
  tests/mq/deliver-reader-killed.sh \
  tests/mq/deliver-partial.sh \
  tests/mq/deliver-socket.sh \
  tests/mq/deliver-signal.sh \
  tests/mq/deliver-flow-signal.sh \
  tests/mq/deliver-full-queue.sh \
  tests/mq/deliver-order.sh \
  tests/mq/deliver-no-wait.sh \
  tests/mq/batch-head.sh \
  tests/mq/put-back-removed.sh \
  tests/mq/batch-signal.sh \
  tests/mq/recv-signal-full-pipe.sh \
  tests/mq/recv-signal-devnull.sh \
  tests/mq/send-signal-full.sh \
  tests/mq/readme-example.sh \
  tests/mq/readme-jobs.sh \
  tests/mq/python-interop.sh \
  tests/mq/ipcmk-id.sh \
  tests/mq/posix-priority.sh \
  tests/mq/framing-lines.sh \
  tests/mq/framing-zero.sh \
  tests/mq/framing-whole.sh \
  tests/mq/framing-operands.sh \
  tests/mq/type-select.sh \
  tests/mq/type-posix.sh \
  tests/mq/recv-count.sh \
  tests/mq/recv-count-follow.sh \
  tests/mq/recv-follow.sh \
  tests/mq/recv-until.sh \
  tests/mq/recv-timeout.sh \
  tests/mq/send-timeout-sysv.sh \
  tests/mq/send-timeout-posix.sh \
  tests/mq/too-large-sysv.sh \
  tests/mq/too-large-posix.sh \
  tests/mq/posix-limits.sh \
  tests/mq/posix-rlimit.sh \
  tests/mq/recv-small-buffer.sh \
  tests/mq/bad-key.sh \
  tests/mq/bad-type.sh \
  tests/mq/bad-number.sh \
  tests/mq/object-choice.sh \
  tests/mq/no-create.sh \
  tests/mq/requeue-full.sh \
  tests/mq/requeue-pipe.sh \
  tests/mq/mode.sh \
  tests/mq/exclusive.sh \
  tests/mq/remove.sh \
  tests/mq/proj-id.sh \
  tests/mq/key-formats.sh \
  tests/mq/pingpong.sh \
  tests/mq/pingpong-python.sh \
  tests/mq/worker-basic.sh \
  tests/mq/worker-jobs.sh \
  tests/mq/worker-retry.sh \
  tests/mq/worker-dead-letter.sh \
  tests/mq/worker-cannot-run.sh \
  tests/mq/worker-signal.sh \
  tests/mq/worker-signal-inflight.sh \
  tests/mq/worker-poll-fails.sh \
  tests/mq/worker-timeout.sh \
  tests/mq/worker-thousand.sh \
  tests/mq/worker-examples.sh \
  tests/mq/send-signal-flow.sh \
  tests/mq/one-way-access.sh \
  tests/mq/one-way-lost.sh \
  tests/mq/refused-no-queue.sh \
  tests/mq/key-out-of-range.sh \
  tests/mq/posix-name-invalid.sh \
  tests/mq/posix-removed-wait.sh \
  tests/mq/posix-removed-send.sh \
  tests/mq/nonblocking-stdio.sh \
  tests/mq/netstring-bytes.sh \
  tests/mq/netstring-malformed.sh \
  tests/mq/netstring-relay.sh \
  tests/mq/netstring-killed.sh \
  tests/mq/typed-lines.sh
