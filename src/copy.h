/* copy.h: a fast one-directional copy loop between file descriptors.
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

#ifndef COPY_H
#define COPY_H

#include "system.h"

/* How copy_fd ended.  */
enum copy_status
{
  COPY_OK,            /* end of input reached and everything written */
  COPY_READ_ERROR,    /* reading the input failed; errno says why */
  COPY_WRITE_ERROR,   /* writing the output failed; errno says why
                         (EPIPE: the reader went away) */
  COPY_INTERRUPTED    /* SIGINT, SIGTERM or SIGHUP arrived
                         (interrupt_signal is set; errno is EINTR) */
};

/* The size of the buffer of the read/write loop, and the most that
   one splice call asks for (a splice moves at most what the pipe
   holds).  */
enum { COPY_BUFSIZE = 256 * 1024, COPY_SPLICE_MAX = 16 * 1024 * 1024 };

/* Copy from the file descriptor IN to the file descriptor OUT until
   the end of IN, writing out whatever is read as soon as it is read
   (a consumer never waits for a buffer to fill).

   When IN or OUT is a pipe or FIFO, the data moves with splice(2)
   and never enters user space; the other side may be a pipe, a
   socket or a regular file.  Otherwise, or when the kernel refuses
   to splice (a terminal, a file opened with O_APPEND...), the copy
   is a read/write loop with a buffer of COPY_BUFSIZE bytes.  Short
   writes are completed.  A descriptor in non-blocking mode is waited
   for with poll, so either kind works.

   EINTR follows the library's interrupt policy: a call interrupted by
   a signal that did not set interrupt_signal (SIGALRM, SIGCHLD, a
   stop and continue) is retried; when interrupt_signal is set, the
   copy stops and returns COPY_INTERRUPTED; the caller finishes what
   it must, then calls interrupt_exit.  interrupt_signal is tested
   once per pass and after every partial write, not only after EINTR,
   so that a copy whose calls never block still stops at once.  Data
   already read but not yet written when a signal or a write error
   stops the loop is lost: at most COPY_BUFSIZE bytes, and only in the
   read/write loop; with splice none is lost, it stays in the input.

   Return COPY_OK on success, or which side failed, with errno set.
   If COPIED is not null, store there the number of bytes written to
   OUT, also on failure; if UNWRITTEN is not null, the number of bytes
   read from IN but not written to OUT (0 on success), which the
   caller reports as lost.  The caller turns the status into its
   diagnostic, e.g.:

     switch (copy_fd (in, out, NULL, NULL))
       {
       case COPY_OK: break;
       case COPY_READ_ERROR:
         error (EXIT_FAILURE, errno, _("error reading %s"),
                quoteaf (in_name));
       case COPY_WRITE_ERROR:
         error (EXIT_FAILURE, errno, _("error writing %s"),
                quoteaf (out_name));
       case COPY_INTERRUPTED:
         interrupt_exit ();
       }  */
enum copy_status copy_fd (int in, int out, intmax_t *copied,
                          idx_t *unwritten);

/* Whether the error ERR means "try again later": EAGAIN, or
   EWOULDBLOCK where that differs.  */
bool would_block (int err) _GL_ATTRIBUTE_CONST;

/* Whether FD is a pipe or a FIFO.  */
bool is_pipe (int fd);

/* The pipe capacity that tools ask pipe_enlarge for: large enough for
   splice to move a lot at a time, small enough to stay well under
   the per-user limit (/proc/sys/fs/pipe-user-pages-soft).  */
enum { COPY_PIPE_SIZE = 1024 * 1024 };

/* If FD is a pipe or FIFO whose capacity is below SIZE bytes, try to
   raise it to SIZE with F_SETPIPE_SZ, or to the largest size the
   system allows below it (/proc/sys/fs/pipe-max-size for an
   unprivileged process).  The capacity is shared by every process
   using the pipe; it is never lowered.  Return the capacity of the
   pipe afterwards, or -1 if FD is not a pipe or the capacity cannot
   be known.  A failure is not an error: the pipe just stays as it
   was.  */
int pipe_enlarge (int fd, int size);

#endif
