#!/bin/sh
# sigsend -s and sigwait's operands complete signal names as kill -l writes them

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

. "${srcdir=.}/tests/init.sh"; path_prepend_ ./src
require_bash_completion_

complete_ 'sigsend -s US' 'sigsend --signal=USR' 'sigsend -s sigusr' \
  'sigsend -s RTMIN+1' 'sigwait US' 'sigwait -f -c 2 SIGUS' \
  'sigwait USR1 H' 'sigsend -l HU' 'sigsend -ls TER' > out || fail=1
cat > exp <<\EOT
> sigsend -s US
USR1
USR2
> sigsend --signal=USR
USR1
USR2
> sigsend -s sigusr
sigusr1
sigusr2
> sigsend -s RTMIN+1
RTMIN+1
RTMIN+10
RTMIN+11
RTMIN+12
RTMIN+13
RTMIN+14
RTMIN+15
> sigwait US
USR1
USR2
> sigwait -f -c 2 SIGUS
SIGUSR1
SIGUSR2
> sigwait USR1 H
HUP
> sigsend -l HU
HUP
> sigsend -ls TER
TERM
EOT
compare exp out || fail=1

# Not the trap pseudo-signals bash knows (EXIT, DEBUG, ERR, RETURN).
complete_ 'sigwait E' 'sigwait D' 'sigwait R' > out || fail=1
grep -E '^(EXIT|DEBUG|ERR|RETURN)$' out && fail=1

Exit $fail
