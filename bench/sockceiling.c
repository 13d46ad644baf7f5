/* sockceiling -- the most a Unix stream socket carries, both ends
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

/* Usage: sockceiling BYTES | sink

   Move BYTES bytes through a connected Unix stream socket pair and
   out to standard output, which must be a pipe, the best way each end
   can: the sending process vmsplices the pages of one 1 MiB buffer
   into a pipe of its own and splices that pipe into the socket (the
   pages are never copied by the sender); the receiving process
   splices the socket into standard output.  With "sink" on the other
   end, that is the one copy any reading consumer pays: the ceiling of
   a Unix stream socket between two processes on this machine, as
   bench/ceiling is the ceiling of a pipe.  Both pipes and the socket
   buffer are enlarged as the tools enlarge theirs (1 MiB).  The
   receiver waits for the sender, so "time" counts the CPU of both.

   This is a benchmark anchor, deliberately free of gnulib and of the
   ipcutils library.  */

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

enum { BUFSIZE = 1024 * 1024, PIPE_SIZE = 1024 * 1024,
       SPLICE_MAX = 16 * 1024 * 1024 };

static void
die (char const *what)
{
  perror (what);
  exit (1);
}

/* Send LEFT bytes into the socket SOCK.  */
static void
send_side (int sock, unsigned long long left)
{
  int p[2];
  char *buf;
  if (pipe (p) != 0)
    die ("sockceiling: pipe");
  fcntl (p[1], F_SETPIPE_SZ, PIPE_SIZE);
  if (posix_memalign ((void **) &buf, 4096, BUFSIZE) != 0)
    die ("sockceiling: posix_memalign");
  memset (buf, 'x', BUFSIZE);

  while (left > 0)
    {
      /* The buffer is never modified again, so the pages that the
         pipe still references stay valid without SPLICE_F_GIFT.  */
      struct iovec iov;
      iov.iov_base = buf;
      iov.iov_len = left < BUFSIZE ? (size_t) left : BUFSIZE;
      ssize_t n = vmsplice (p[1], &iov, 1, 0);
      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          die ("sockceiling: vmsplice");
        }
      left -= (unsigned long long) n;
      while (n > 0)
        {
          ssize_t m = splice (p[0], NULL, sock, NULL, (size_t) n,
                              SPLICE_F_MOVE);
          if (m < 0)
            {
              if (errno == EINTR)
                continue;
              die ("sockceiling: splice into the socket");
            }
          n -= m;
        }
    }
  shutdown (sock, SHUT_WR);
}

/* Splice the socket SOCK to standard output until its end.  */
static void
receive_side (int sock)
{
  fcntl (STDOUT_FILENO, F_SETPIPE_SZ, PIPE_SIZE);
  for (;;)
    {
      ssize_t n = splice (sock, NULL, STDOUT_FILENO, NULL, SPLICE_MAX,
                          SPLICE_F_MOVE);
      if (n == 0)
        return;
      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          die ("sockceiling: splice to standard output (a pipe?)");
        }
    }
}

int
main (int argc, char **argv)
{
  char *end;
  unsigned long long bytes;
  int sv[2];
  int size = PIPE_SIZE;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s BYTES\n", argv[0]);
      return 2;
    }
  errno = 0;
  bytes = strtoull (argv[1], &end, 10);
  if (errno || end == argv[1] || *end)
    {
      fprintf (stderr, "%s: bad byte count: %s\n", argv[0], argv[1]);
      return 2;
    }

  if (socketpair (AF_UNIX, SOCK_STREAM, 0, sv) != 0)
    die ("sockceiling: socketpair");
  setsockopt (sv[0], SOL_SOCKET, SO_SNDBUF, &size, sizeof size);

  pid_t pid = fork ();
  if (pid < 0)
    die ("sockceiling: fork");
  if (pid == 0)
    {
      close (sv[1]);
      send_side (sv[0], bytes);
      _exit (0);
    }
  close (sv[0]);
  receive_side (sv[1]);
  int status;
  if (waitpid (pid, &status, 0) < 0 || status != 0)
    {
      fprintf (stderr, "sockceiling: the sender failed\n");
      return 1;
    }
  return 0;
}
