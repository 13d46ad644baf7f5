## tests/fuzz fragment of the top-level Makefile.am.      -*-Makefile-*-
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

# libFuzzer harnesses for the parsers and the record reader, with their
# seed corpora.  They are not part of "make check" (they need clang and
# libFuzzer); run them with "make fuzz" or tests/fuzz/run-fuzzers.
EXTRA_DIST += \
  tests/fuzz/run-fuzzers \
  tests/fuzz/fuzz.h \
  tests/fuzz/fuzz-number.c \
  tests/fuzz/fuzz-size.c \
  tests/fuzz/fuzz-duration.c \
  tests/fuzz/fuzz-mode.c \
  tests/fuzz/fuzz-key.c \
  tests/fuzz/fuzz-sigspec.c \
  tests/fuzz/fuzz-record.c \
  tests/fuzz/corpus
