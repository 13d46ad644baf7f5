## tests/stress fragment of the top-level Makefile.am.    -*-Makefile-*-
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

# Stress tests: many concurrent processes through one object, nothing
# lost, doubled or mixed.  Each is bounded in time (well under a
# minute); IPCUTILS_STRESS_DIVISOR scales them down under valgrind.

TESTS += \
  tests/stress/mq-sysv.sh \
  tests/stress/mq-posix.sh \
  tests/stress/uds-clients.sh \
  tests/stress/fifo-writers.sh \
  tests/stress/sigwait-queued.sh
