## tests/bridge fragment: relays over ssh and through an MQTT broker,
## each with a daemon of its own on the loopback.  -*-Makefile-*-
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
  tests/bridge/ssh-relay.sh \
  tests/bridge/mqtt-text.sh \
  tests/bridge/mqtt-binary.sh \
  tests/bridge/mqtt-qos1-restart.sh
