## tests/uds fragment: udscat.  -*-Makefile-*-
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
  tests/uds/activation.sh \
  tests/uds/activation-keep-open.sh \
  tests/uds/activation-allow-uid.sh \
  tests/uds/activation-seqpacket.sh \
  tests/uds/activation-refuse.sh \
  tests/uds/activation-other-pid.sh \
  tests/uds/activation-contrib.sh \
  tests/uds/activation-dgram.sh \
  tests/uds/connect-socat.sh \
  tests/uds/listen-socat.sh \
  tests/uds/connect-nc.sh \
  tests/uds/listen-nc.sh \
  tests/uds/connect-python.sh \
  tests/uds/listen-python.sh \
  tests/uds/engine-kinds.sh \
  tests/uds/signal-sendfile.sh \
  tests/uds/netstring.sh \
  tests/uds/half-close.sh \
  tests/uds/half-close-listen.sh \
  tests/uds/peer-gone.sh \
  tests/uds/peer-killed.sh \
  tests/uds/abstract.sh \
  tests/uds/abstract-unsupported.sh \
  tests/uds/command-fds.sh \
  tests/uds/peer-unknown.sh \
  tests/uds/help-platform.sh \
  tests/uds/seqpacket-empty-end.sh \
  tests/uds/dgram.sh \
  tests/uds/dgram-listen.sh \
  tests/uds/logger.sh \
  tests/uds/seqpacket.sh \
  tests/uds/records-reader-gone.sh \
  tests/uds/stream-reader-gone.sh \
  tests/uds/seqpacket-empty.sh \
  tests/uds/zero.sh \
  tests/uds/stale.sh \
  tests/uds/live.sh \
  tests/uds/not-socket.sh \
  tests/uds/ucspi.sh \
  tests/uds/command-status.sh \
  tests/uds/allow-uid.sh \
  tests/uds/allow-gid.sh \
  tests/uds/keep-open.sh \
  tests/uds/keep-open-relay.sh \
  tests/uds/max-clients.sh \
  tests/uds/timeout.sh \
  tests/uds/timeout-refused.sh \
  tests/uds/big.sh \
  tests/uds/binary-files.sh \
  tests/uds/nonblocking.sh \
  tests/uds/sigterm.sh \
  tests/uds/signal-flowing.sh \
  tests/uds/errors.sh \
  tests/uds/closed-std.sh \
  tests/uds/mode.sh \
  tests/uds/verbose.sh \
  tests/uds/pingpong.sh \
  tests/uds/pingpong-python.sh

