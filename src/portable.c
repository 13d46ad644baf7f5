/* portable.c: descriptors that close on exec, on every system.
   Copyright (C) 2026 the ipcutils authors

   This program is free software: you can redistribute it and/or modify
   it under the terms of the GNU General Public License as published by
   the Free Software Foundation, either version 3 of the License, or
   (at your option) any later version.

   This program is distributed in the hope that it will be useful,
   but WITHOUT ANY WARRANTY; without even the implied warranty of
   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
   GNU General Public License for more details.

   You should have received a copy of the GNU General Public License
   along with this program.  If not, see <https://www.gnu.org/licenses/>.  */

/* Linux and the BSDs create a socket, an accepted connection or a pipe
   with close-on-exec set in the same call (SOCK_CLOEXEC, accept4,
   pipe2); elsewhere (macOS) the flag is set by fcntl right after.  The
   ipcutils programs have one thread, and start a COMMAND only between
   these calls, never during one: the window between the two calls
   cannot leak the descriptor into a COMMAND.  configure says which
   calls this system has ("Platforms").  */

#include <config.h>

#include <fcntl.h>
#include <sys/socket.h>

#include "ipcutils.h"

int
set_nonblocking (int fd)
{
  int fl = fcntl (fd, F_GETFL);
  return fl < 0 ? -1 : (fl & O_NONBLOCK) ? 0 : fcntl (fd, F_SETFL,
                                                       fl | O_NONBLOCK);
}

/* Set close-on-exec on FD, and O_NONBLOCK if NONBLOCK.  Return FD, or
   close it and return -1 with errno set.  */
_GL_ATTRIBUTE_MAYBE_UNUSED static int
set_fd_flags (int fd, bool nonblock)
{
  if (fd < 0)
    return fd;
  if (fcntl (fd, F_SETFD, FD_CLOEXEC) != 0
      || (nonblock && set_nonblocking (fd) != 0))
    {
      int err = errno;
      close (fd);
      errno = err;
      return -1;
    }
  return fd;
}

int
socket_cloexec (int domain, int type, bool nonblock)
{
#if HAVE_DECL_SOCK_CLOEXEC && HAVE_DECL_SOCK_NONBLOCK
  return socket (domain, type | SOCK_CLOEXEC | (nonblock ? SOCK_NONBLOCK : 0),
                 0);
#else
  return set_fd_flags (socket (domain, type, 0), nonblock);
#endif
}

int
accept_cloexec (int fd)
{
#if HAVE_ACCEPT4 && HAVE_DECL_SOCK_CLOEXEC
  return accept4 (fd, NULL, NULL, SOCK_CLOEXEC);
#else
  return set_fd_flags (accept (fd, NULL, NULL), false);
#endif
}

int
pipe_cloexec (int fds[2])
{
#if HAVE_PIPE2
  return pipe2 (fds, O_CLOEXEC);
#else
  if (pipe (fds) != 0)
    return -1;
  /* set_fd_flags closes the end it fails on; close the other.  */
  for (int i = 0; i < 2; i++)
    if (set_fd_flags (fds[i], false) < 0)
      {
        int err = errno;
        close (fds[1 - i]);
        errno = err;
        return -1;
      }
  return 0;
#endif
}
