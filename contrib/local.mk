## contrib/ fragment of the top-level Makefile.am.          -*-Makefile-*-
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

# Debian packaging, shipped for packagers: copy contrib/debian to
# debian/ in the unpacked tarball and run dpkg-buildpackage
# (tests/pkg/deb-build does that).
EXTRA_DIST += \
  contrib/debian/changelog \
  contrib/debian/control \
  contrib/debian/copyright \
  contrib/debian/rules \
  contrib/debian/source/format \
  contrib/debian/tests/control \
  contrib/debian/tests/smoke

# An example pair of systemd units: socket activation of udscat
# (tests/uds/activation-contrib.sh runs them).
EXTRA_DIST += \
  contrib/systemd/udscat-echo.service \
  contrib/systemd/udscat-echo.socket
