/* output.c: the suite's one "write to standard output or exit", as
   coreutils' write_error is its own.
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

#include <config.h>

#include <poll.h>
#include <sys/stat.h>

#include "ipcutils.h"

void
write_error (int err)
{
  diagnose_write_error (err);
  exit (EXIT_FAILURE);
}

void
xwrite_stdout (void const *buf, idx_t size)
{
  if (write_all (STDOUT_FILENO, buf, size) < size)
    {
      int err = errno;
      interrupt_check ();
      write_error (err);
    }
}

bool
output_gone (int fd)
{
  struct pollfd p = { .fd = fd, .events = 0 };
  return (poll (&p, 1, 0) == 1
          && (p.revents & (POLLERR | POLLHUP | POLLNVAL)));
}

bool
output_watchable (int fd)
{
  struct stat st;
  return (fstat (fd, &st) == 0
          && (S_ISFIFO (st.st_mode) || S_ISSOCK (st.st_mode)));
}
