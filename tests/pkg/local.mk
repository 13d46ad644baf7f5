## tests/pkg fragment: the bash completions.  -*-Makefile-*-
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

# deb-build, hardening, reproducible and portability build the package again,
# several times: they take minutes and need Debian tools, so they are
# shipped but not run by "make check".  Run them from a build directory:
#   sh $(srcdir)/tests/pkg/deb-build ipcutils-0.1.tar.xz
EXTRA_DIST += \
  tests/pkg/complete.bash \
  tests/pkg/deb-build \
  tests/pkg/hardening \
  tests/pkg/reproducible \
  tests/pkg/portability

TESTS += \
  tests/pkg/completion-options.sh \
  tests/pkg/completion-signals.sh \
  tests/pkg/completion-posix.sh \
  tests/pkg/completion-operands.sh \
  tests/pkg/completion-transform.sh \
  tests/pkg/completion-omitted.sh
