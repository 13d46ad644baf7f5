## tests/fault fragment of the top-level Makefile.am.     -*-Makefile-*-
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

# Fault injection (killed peers, closed pipes, a full disk, removed
# objects, signals during every wait) and security checks.
EXTRA_DIST += tests/fault/check-ipc-leaks

TESTS += \
  tests/fault/eidrm.sh \
  tests/fault/mq-receiver-killed.sh \
  tests/fault/full-disk.sh \
  tests/fault/closed-pipe.sh \
  tests/fault/uds-peer-gone.sh \
  tests/fault/signal-mq.sh \
  tests/fault/signal-fifocat.sh \
  tests/fault/signal-fifocat-flow.sh \
  tests/fault/signal-udscat.sh \
  tests/fault/signal-sigwait.sh \
  tests/fault/security-modes.sh \
  tests/fault/security-symlink.sh \
  tests/fault/security-planted.sh \
  tests/fault/security-allow.sh \
  tests/fault/security-limits.sh \
  tests/fault/security-ranges.sh

# "make check-ipc-leaks": the whole test suite, then a check that it
# left no IPC object behind (in private IPC and mount namespaces where
# possible, so that other processes cannot disturb the result).
check-ipc-leaks:
	$(SHELL) $(srcdir)/tests/fault/check-ipc-leaks $(MAKE) $(AM_MAKEFLAGS) check
.PHONY: check-ipc-leaks
