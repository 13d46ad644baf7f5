/* childwait.c -- wait for descriptors or for a child to end.
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

/* A program that runs COMMANDs (mqrecv's COMMAND mode, udscat -l with
   a COMMAND) keeps SIGCHLD blocked except while it waits, so that an
   ending child always wakes that wait.  The wait is not ppoll, which
   is not everywhere, and which valgrind 3.19 breaks when it is
   restarted after a signal (EFAULT): it is poll with the caller's
   mask set around it, and a pipe that the SIGCHLD handler writes to
   and that poll also watches (the self-pipe trick), so that a SIGCHLD
   that comes between the unblocking and poll still wakes it.  The
   interrupting signals need no pipe: after one, SIGALRM comes every
   10 ms (ipcutils.h).  */

#include <config.h>

#include <poll.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "ipcutils.h"
#include "minmax.h"

/* The self-pipe.  */
static int chld_pipe[2] = { -1, -1 };

static void
sigchld_handler (int sig _GL_UNUSED)
{
  int saved_errno = errno;
  /* If the pipe is full, a wake-up is pending already.  */
  ssize_t r = write (chld_pipe[1], "", 1);
  (void) r;
  errno = saved_errno;
}

void
child_wait_init (void)
{
  if (pipe_cloexec (chld_pipe) != 0)
    error (EXIT_FAILURE, errno, _("cannot create a pipe"));
  for (int i = 0; i < 2; i++)
    if (set_nonblocking (chld_pipe[i]) != 0)
      error (EXIT_FAILURE, errno, _("cannot create a pipe"));

  /* No SA_RESTART: poll is never restarted anyway.  */
  struct sigaction sa;
  memset (&sa, 0, sizeof sa);
  sigemptyset (&sa.sa_mask);
  sa.sa_handler = sigchld_handler;
  sa.sa_flags = SA_NOCLDSTOP;
  sigaction (SIGCHLD, &sa, NULL);
}

int
child_wait (struct pollfd *fds, nfds_t nfds, struct timespec const *timeout,
            sigset_t const *mask)
{
  fds[nfds] = (struct pollfd) { .fd = chld_pipe[0], .events = POLLIN };
  /* Rounded up: a wait never ends before TIMEOUT.  */
  int ms = -1;
  if (timeout)
    {
      time_t s = MIN (timeout->tv_sec, INT_MAX / 1000 - 1);
      ms = s * 1000 + (timeout->tv_nsec + 999999) / 1000000;
    }
  sigset_t saved;
  sigprocmask (SIG_SETMASK, mask, &saved);
  int r = poll (fds, nfds + 1, ms);
  int err = errno;
  sigprocmask (SIG_SETMASK, &saved, NULL);
  if (0 < r && fds[nfds].revents)
    {
      char buf[64];
      while (0 < read (chld_pipe[0], buf, sizeof buf))
        continue;
      r--;
      if (r == 0)
        {
          r = -1;
          err = EINTR;
        }
    }
  errno = err;
  return r;
}
