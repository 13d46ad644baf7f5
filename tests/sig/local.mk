## tests/sig fragment: sigsend and sigwait.  -*-Makefile-*-
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
  tests/sig/list.sh \
  tests/sig/parse.sh \
  tests/sig/queue-value.sh \
  tests/sig/kill-queue.sh \
  tests/sig/pgid-ignored.sh \
  tests/sig/own-group.sh \
  tests/sig/pidfile-ready.sh \
  tests/sig/pidfile-symlink.sh \
  tests/sig/pidfile-trust.sh \
  tests/sig/pidfile-lock.sh \
  tests/sig/null-and-timeout.sh \
  tests/sig/timeout.sh \
  tests/sig/count.sh \
  tests/sig/follow.sh \
  tests/sig/follow-reader-gone.sh \
  tests/sig/reader-gone-idle.sh \
  tests/sig/rt-noloss.sh \
  tests/sig/command-rr.sh \
  tests/sig/command-exec.sh \
  tests/sig/command-env.sh \
  tests/sig/bad-input.sh \
  tests/sig/pingpong.sh \
  tests/sig/pingpong-c.sh
