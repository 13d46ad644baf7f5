## tests/mem fragment: shmcat and mmapcat.         -*-Makefile-*-
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
  tests/mem/mem-read-flat.sh \
  tests/mem/shm-bad-args.sh \
  tests/mem/shm-create-options.sh \
  tests/mem/shm-ftok-key.sh \
  tests/mem/shm-ipcmk-id.sh \
  tests/mem/shm-patch-nul.sh \
  tests/mem/shm-posix-devshm.sh \
  tests/mem/shm-python-mmap.sh \
  tests/mem/shm-python-sysv.sh \
  tests/mem/shm-read-no-create.sh \
  tests/mem/shm-remove.sh \
  tests/mem/shm-remove-after-output.sh \
  tests/mem/shm-roundtrip-64m.sh \
  tests/mem/shm-shrink-read.sh \
  tests/mem/shm-too-large.sh \
  tests/mem/shm-window.sh \
  tests/mem/mem-signal-read.sh \
  tests/mem/mem-signal-write.sh \
  tests/mem/mem-full-fs.sh \
  tests/mem/mem-nonblock.sh \
  tests/mem/mem-offset-overflow.sh \
  tests/mem/mem-sparse.sh \
  tests/mem/mmap-bad-input.sh \
  tests/mem/mmap-create.sh \
  tests/mem/mmap-grow.sh \
  tests/mem/mmap-patch-nul.sh \
  tests/mem/mmap-python.sh \
  tests/mem/mmap-refused-create.sh \
  tests/mem/mmap-roundtrip-64m.sh \
  tests/mem/mmap-shrink-read.sh \
  tests/mem/mmap-shrink-write.sh \
  tests/mem/mmap-sync.sh \
  tests/mem/mmap-window.sh \
  tests/mem/shm-pingpong.sh \
  tests/mem/shm-pingpong-python.sh \
  tests/mem/mmap-pingpong.sh \
  tests/mem/mmap-pingpong-python.sh

