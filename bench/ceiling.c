/* ceiling -- the fastest possible producer into a pipe
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

/* Usage: ceiling BYTES | sink [-s]
          ceiling -f FILE | sink [-s]

   Write BYTES bytes to standard output, which must be a pipe, with
   vmsplice(2): the pages of one 1 MiB buffer are handed to the pipe
   again and again, never copied.  With "sink -s" on the other end
   (splice into /dev/null), no byte is ever copied: the physical
   ceiling of a pipe on this machine; with plain "sink", the one copy
   that any reading consumer pays.  The buffer stays in the CPU
   caches, so this is the ceiling of the pipe machinery itself: data
   that comes from a large file or segment is read from memory, and
   cannot quite reach it.  Like the tools, ceiling first raises the
   capacity of the pipe to 1 MiB (the default pipe-max-size), if it
   can.

   With -f, splice(2) the whole of FILE into the pipe instead, 1 MiB
   at a time: the pages of its page cache go to the reader, never
   copied, as mmapcat and shmcat -p hand them over.  This is the
   ceiling for data that comes from a file larger than the caches: the
   reader copies it from memory.

   This is a benchmark anchor, deliberately free of gnulib and of the
   ipcutils library.  */

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

enum { BUFSIZE = 1024 * 1024, PIPE_SIZE = 1024 * 1024 };

/* Splice all of FILE into standard output.  */
static int
splice_file (char const *file)
{
  int fd = open (file, O_RDONLY);
  if (fd < 0)
    {
      perror (file);
      return 1;
    }
  if (fcntl (STDOUT_FILENO, F_GETPIPE_SZ) < PIPE_SIZE)
    fcntl (STDOUT_FILENO, F_SETPIPE_SZ, PIPE_SIZE);
  for (;;)
    {
      ssize_t n = splice (fd, NULL, STDOUT_FILENO, NULL, BUFSIZE,
                          SPLICE_F_MOVE);
      if (n == 0)
        return 0;
      if (n < 0 && errno != EINTR)
        {
          perror ("ceiling: splice (is standard output a pipe?)");
          return 1;
        }
    }
}

int
main (int argc, char **argv)
{
  char *end;
  unsigned long long left;
  char *buf;

  if (argc == 3 && strcmp (argv[1], "-f") == 0)
    return splice_file (argv[2]);
  if (argc != 2)
    {
      fprintf (stderr, "usage: %s BYTES\n       %s -f FILE\n", argv[0],
               argv[0]);
      return 2;
    }
  errno = 0;
  left = strtoull (argv[1], &end, 10);
  if (errno || end == argv[1] || *end)
    {
      fprintf (stderr, "%s: bad byte count: %s\n", argv[0], argv[1]);
      return 2;
    }

  if (posix_memalign ((void **) &buf, 4096, BUFSIZE) != 0)
    {
      perror ("ceiling: posix_memalign");
      return 1;
    }
  memset (buf, 'x', BUFSIZE);

  /* As the tools do: fewer wake-ups with a larger pipe.  Failing is
     harmless (the pipe just keeps its size).  */
  if (fcntl (STDOUT_FILENO, F_GETPIPE_SZ) < PIPE_SIZE)
    fcntl (STDOUT_FILENO, F_SETPIPE_SZ, PIPE_SIZE);

  while (left > 0)
    {
      struct iovec iov;
      iov.iov_base = buf;
      iov.iov_len = left < BUFSIZE ? (size_t) left : BUFSIZE;
      /* The buffer is never modified again, so the pages that the pipe
         still references stay valid without SPLICE_F_GIFT.  */
      ssize_t n = vmsplice (STDOUT_FILENO, &iov, 1, 0);
      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          perror ("ceiling: vmsplice (is standard output a pipe?)");
          return 1;
        }
      left -= (unsigned long long) n;
    }
  return 0;
}
