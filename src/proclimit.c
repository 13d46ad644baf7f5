/* proclimit.c: the one reader of kernel limits in /proc, as
   util-linux's lib/ipcutils.c reads them for ipcs and ipcmk.
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

#include <fcntl.h>

#include "ipcutils.h"

#include "c-ctype.h"
#include "xstrtol.h"

intmax_t
proc_limit (char const *path, intmax_t fallback)
{
  /* A sysctl file holds one number and a newline; the largest,
     kernel.shmmax's ULONG_MAX - 2^24, has 20 digits.  */
  char buf[64];
  int fd = open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0)
    return fallback;
  ssize_t n;
  while ((n = read (fd, buf, sizeof buf - 1)) < 0 && errno == EINTR)
    continue;
  close (fd);
  if (n <= 0 || !c_isdigit (buf[0]))
    return fallback;
  buf[n] = '\0';

  /* After the number comes a newline, or the tab before the next
     number of a file that holds several: the first is the limit.
     kernel.shmmax and kernel.shmall say "no limit" with a number above
     INTMAX_MAX, which saturates.  */
  intmax_t value;
  char *end;
  int e = xstrtoimax (buf, &end, 10, &value, "");
  if (e & LONGINT_INVALID_SUFFIX_CHAR)
    {
      if (! c_isspace (*end))
        return fallback;
      e &= ~LONGINT_INVALID_SUFFIX_CHAR;
    }
  return (e == LONGINT_OK ? value
          : e == LONGINT_OVERFLOW ? INTMAX_MAX
          : fallback);
}
