#!/bin/sh
# the completion skips option arguments and completes files, PIDs and COMMANDs

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

mkdir dir && : > dir/fifo-a && : > dir/file-b || framework_failure_

complete_ 'fifocat dir/fi' 'mmapcat -w dir/f' 'fifocat -m 600 dir/fi' \
  'udscat -l dir/fi' 'sigsend --pidfile dir/fi' 'sigwait --pidfile=dir/fi' \
  'mqrecv -k dir/fi' > out || fail=1
cat > exp <<\EOT
> fifocat dir/fi
dir/fifo-a
dir/file-b
> mmapcat -w dir/f
dir/fifo-a
dir/file-b
> fifocat -m 600 dir/fi
dir/fifo-a
dir/file-b
> udscat -l dir/fi
dir/fifo-a
dir/file-b
> sigsend --pidfile dir/fi
dir/fifo-a
dir/file-b
> sigwait --pidfile=dir/fi
dir/fifo-a
dir/file-b
> mqrecv -k dir/fi
dir/fifo-a
dir/file-b
EOT
compare exp out || fail=1

# The argument of an option that takes a number is not an option list
# nor a file name; operands that are not files get no file names.
complete_ 'mqrecv -c ' 'mqrecv -fc ' 'shmcat --size ' 'mqsend -t 5 ' \
  'sigwait --timeout ' > out || fail=1
printf '> %s\n' 'mqrecv -c ' 'mqrecv -fc ' 'shmcat --size ' \
  'mqsend -t 5 ' 'sigwait --timeout ' > exp
compare exp out || fail=1

# udscat's COMMAND after SOCKET and sigwait's after "--" are commands.
if command -v printenv > /dev/null; then
  complete_ 'udscat -l dir/s printen' 'sigwait USR1 -- printen' \
    'udscat -lk dir/s printen' > out || fail=1
  cat > exp <<\EOT
> udscat -l dir/s printen
printenv
> sigwait USR1 -- printen
printenv
> udscat -lk dir/s printen
printenv
EOT
  compare exp out || fail=1
fi

# sigsend's TARGETs are process IDs: ours among them.
complete_ "sigsend -s HUP $$" > out || fail=1
grep -x "$$" out || fail=1

Exit $fail
