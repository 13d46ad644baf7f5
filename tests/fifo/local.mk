## tests/fifo fragment: fifocat.  -*-Makefile-*-
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
  tests/fifo/read-basic.sh \
  tests/fifo/write-basic.sh \
  tests/fifo/pair.sh \
  tests/fifo/keep-open.sh \
  tests/fifo/regular-file.sh \
  tests/fifo/device.sh \
  tests/fifo/directory.sh \
  tests/fifo/symlink.sh \
  tests/fifo/timeout-reader.sh \
  tests/fifo/timeout-writer.sh \
  tests/fifo/timeout-zero-reader.sh \
  tests/fifo/timeout-zero-writer.sh \
  tests/fifo/timeout-open-only.sh \
  tests/fifo/timeout-removes.sh \
  tests/fifo/lines-atomic.sh \
  tests/fifo/lines-long.sh \
  tests/fifo/large-binary.sh \
  tests/fifo/nul-bytes.sh \
  tests/fifo/no-splice.sh \
  tests/fifo/signal-unwritten.sh \
  tests/fifo/mode.sh \
  tests/fifo/no-create.sh \
  tests/fifo/exclusive.sh \
  tests/fifo/unlink-exit.sh \
  tests/fifo/unlink-signal.sh \
  tests/fifo/unlink-replaced.sh \
  tests/fifo/reader-gone.sh \
  tests/fifo/reader-done.sh \
  tests/fifo/usage.sh \
  tests/fifo/pingpong.sh \
  tests/fifo/pingpong-python.sh

