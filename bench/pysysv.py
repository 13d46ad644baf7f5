# pysysv.py -- the scripter's alternative: System V queues from Python
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

"""Usage:
  pysysv.py stream N          one way: a sender process sends str(i) for
                              i in 1..N to a private queue, a receiver
                              process receives N messages
  pysysv.py ping K1 K2 N      send b"ping" to K1 and wait for the answer
                              on K2, N times; then send b"quit" to K1
  pysysv.py pong K1 K2        echo from K1 to K2 until b"quit"

Written as a scripter would, with the sysv_ipc module."""

import os
import sys

import sysv_ipc


def stream(n):
    mq = sysv_ipc.MessageQueue(None, sysv_ipc.IPC_CREX, mode=0o600)
    try:
        pid = os.fork()
        if pid == 0:
            for _ in range(n):
                mq.receive()
            os._exit(0)
        for i in range(1, n + 1):
            mq.send(str(i))
        _, status = os.waitpid(pid, 0)
        return 0 if status == 0 else 1
    finally:
        mq.remove()


def ping(k1, k2, n):
    a = sysv_ipc.MessageQueue(k1, sysv_ipc.IPC_CREAT, mode=0o600)
    b = sysv_ipc.MessageQueue(k2, sysv_ipc.IPC_CREAT, mode=0o600)
    for _ in range(n):
        a.send(b"ping")
        answer, _ = b.receive()
        if answer != b"ping":
            sys.stderr.write("pysysv: unexpected answer %r\n" % answer)
            return 1
    a.send(b"quit")
    return 0


def pong(k1, k2):
    a = sysv_ipc.MessageQueue(k1, sysv_ipc.IPC_CREAT, mode=0o600)
    b = sysv_ipc.MessageQueue(k2, sysv_ipc.IPC_CREAT, mode=0o600)
    while True:
        message, _ = a.receive()
        if message == b"quit":
            return 0
        b.send(message)


def main(argv):
    if len(argv) == 3 and argv[1] == "stream":
        return stream(int(argv[2]))
    if len(argv) == 5 and argv[1] == "ping":
        return ping(int(argv[2], 0), int(argv[3], 0), int(argv[4]))
    if len(argv) == 4 and argv[1] == "pong":
        return pong(int(argv[2], 0), int(argv[3], 0))
    sys.stderr.write(__doc__ + "\n")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
