/* sink -- the consumer at the end of every stream benchmark
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

/* Usage: sink [-s]

   Read standard input to its end and print the number of bytes read,
   so that the benchmark can check that everything arrived.  By default
   read into a 128 KiB buffer, as a real consumer (wc, sha256sum) does:
   every byte is copied once into user space.  With -s, splice the
   input (a pipe) into /dev/null instead: nothing is copied, which is
   the ceiling of what a pipe can carry.

   This is a benchmark anchor, deliberately free of gnulib and of the
   ipcutils library.  */

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { BUFSIZE = 128 * 1024 };

static char buf[BUFSIZE];

int
main (int argc, char **argv)
{
  unsigned long long total = 0;
  int use_splice = argc == 2 && strcmp (argv[1], "-s") == 0;

  if (argc != 1 && !use_splice)
    {
      fprintf (stderr, "usage: %s [-s]\n", argv[0]);
      return 2;
    }

  if (use_splice)
    {
      int null = open ("/dev/null", O_WRONLY | O_CLOEXEC);
      if (null < 0)
        {
          perror ("/dev/null");
          return 1;
        }
      for (;;)
        {
          ssize_t n = splice (STDIN_FILENO, NULL, null, NULL, 1 << 20,
                              SPLICE_F_MOVE);
          if (n == 0)
            break;
          if (n < 0)
            {
              if (errno == EINTR)
                continue;
              if (total == 0 && errno == EINVAL)
                {
                  /* Not a pipe: fall back to reading.  */
                  use_splice = 0;
                  break;
                }
              perror ("sink: splice");
              return 1;
            }
          total += (unsigned long long) n;
        }
    }

  if (!use_splice)
    for (;;)
      {
        ssize_t n = read (STDIN_FILENO, buf, sizeof buf);
        if (n == 0)
          break;
        if (n < 0)
          {
            if (errno == EINTR)
              continue;
            perror ("sink: read");
            return 1;
          }
        total += (unsigned long long) n;
      }

  printf ("%llu\n", total);
  return fflush (stdout) == 0 ? 0 : 1;
}
