/* spawn.c -- start a COMMAND, and know whether it could be run.
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

/* posix_spawn would do, but it reports a failed exec only where the C
   library makes the child share its parent's memory until the exec
   (glibc 2.24 and later, outside valgrind): elsewhere the child just
   exits 127, and a caller that retries a failed COMMAND (mqrecv) would
   retry a missing one for ever.  A pipe that closes on a successful
   exec tells every time.  */

#include <config.h>

#include <sys/wait.h>
#include <unistd.h>

#include "ipcutils.h"

pid_t
spawn_command (char *const *command, void (*setup) (void *), void *arg)
{
  int fds[2];
  if (pipe_cloexec (fds) != 0)
    return -1;

  pid_t child = fork ();
  if (child == 0)
    {
      close (fds[0]);
      if (setup)
        setup (arg);
      execvp (command[0], command);
      int err = errno;
      ssize_t written = write (fds[1], &err, sizeof err);
      (void) written;
      _exit (err == ENOENT ? EXIT_ENOENT : EXIT_CANNOT_INVOKE);
    }

  int err = errno;
  close (fds[1]);
  if (child < 0)
    {
      close (fds[0]);
      errno = err;
      return -1;
    }
  ssize_t n;
  while ((n = read (fds[0], &err, sizeof err)) < 0 && errno == EINTR)
    continue;
  close (fds[0]);
  if (n != sizeof err)
    return child;

  /* The exec failed: the child exits at once.  */
  while (waitpid (child, NULL, 0) < 0 && errno == EINTR)
    continue;
  errno = err;
  return -1;
}
