/* copy.c: a fast one-directional copy loop between file descriptors.
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
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>

#include "ipcutils.h"
#include "copy.h"

/* Whether the error ERR means "try again later" (EAGAIN, which is
   EWOULDBLOCK on most systems).  */
bool
would_block (int err)
{
#if defined EWOULDBLOCK && EWOULDBLOCK != EAGAIN
  if (err == EWOULDBLOCK)
    return true;
#endif
  return err == EAGAIN;
}

/* Whether FD is a pipe or a FIFO.  */
bool
is_pipe (int fd)
{
  struct stat st;
  return fstat (fd, &st) == 0 && S_ISFIFO (st.st_mode);
}

/* After EAGAIN on a descriptor in non-blocking mode: wait until every
   descriptor of FDS with a nonnegative fd is ready for its events (or
   in error, or hung up: the next call reports that).  Return 0, or -1
   with errno set: EINTR when interrupt_signal is set.  */
static int
wait_ready (struct pollfd *fds, int nfds)
{
  for (;;)
    {
      bool waiting = false;
      for (int i = 0; i < nfds; i++)
        waiting |= 0 <= fds[i].fd;
      if (!waiting)
        return 0;
      if (poll (fds, nfds, -1) < 0)
        {
          if (errno == EINTR && !interrupt_signal)
            continue;
          return -1;
        }
      for (int i = 0; i < nfds; i++)
        if (fds[i].revents)
          fds[i].fd = -1;
    }
}

/* Whether the input IN is at its end: nothing is left to read, and
   nothing more can come.  Needed after EPIPE from splice, which the
   kernel reports as soon as the output pipe has no reader, before it
   looks at the input: at the end of the input, nothing was left to
   write, and a read and write loop would have ended without error.  */
static bool
input_at_end (int in)
{
  struct stat st;
  if (fstat (in, &st) != 0)
    return false;
  if (S_ISREG (st.st_mode))
    {
      off_t pos = lseek (in, 0, SEEK_CUR);
      return 0 <= pos && st.st_size <= pos;
    }
  if (S_ISSOCK (st.st_mode))
    {
      char c;
      return recv (in, &c, 1, MSG_PEEK | MSG_DONTWAIT) == 0;
    }
  /* A pipe with no data and no writer polls as hung up only.  */
  struct pollfd p = { .fd = in, .events = POLLIN };
  return (poll (&p, 1, 0) == 1
          && (p.revents & (POLLIN | POLLHUP)) == POLLHUP);
}

/* Move data from IN to OUT with splice, one of them being a pipe.
   Add the bytes moved to *COPIED.  Return COPY_OK at the end of IN
   and set *DONE; return COPY_OK with *DONE false when splice cannot
   go on, and the caller falls back on read and write; return
   COPY_INTERRUPTED or COPY_WRITE_ERROR (errno set) when the copy must
   stop.  */
static enum copy_status
splice_loop (int in, int out, intmax_t *copied, bool *done)
{
  *done = false;
#ifdef SPLICE_F_MOVE
  for (;;)
    {
      /* No SPLICE_F_MORE: it corks a TCP output, delaying data that a
         consumer may be waiting for.  */
      /* Once per pass: a splice that always moves something (a
         writer faster than us, an output that never fills) never
         fails with EINTR.  Whatever was not moved stays in the
         input: nothing is lost.  */
      if (interrupt_signal)
        {
          errno = EINTR;
          return COPY_INTERRUPTED;
        }
      ssize_t n = splice (in, NULL, out, NULL, COPY_SPLICE_MAX, SPLICE_F_MOVE);
      if (0 < n)
        {
          *copied += n;
          continue;
        }
      if (n == 0)
        {
          *done = true;
          return COPY_OK;
        }
      if (errno == EINTR)
        {
          if (interrupt_signal)
            return COPY_INTERRUPTED;
          continue;
        }
      if (would_block (errno))
        {
          /* Either side may be the one in non-blocking mode.  */
          struct pollfd fds[2] = { { .fd = in, .events = POLLIN },
                                   { .fd = out, .events = POLLOUT } };
          if (wait_ready (fds, 2) < 0)
            return (errno == EINTR ? COPY_INTERRUPTED
                    : COPY_READ_ERROR);
          continue;
        }
      if (errno == EPIPE)
        {
          int err = errno;
          if (input_at_end (in))
            {
              *done = true;
              return COPY_OK;
            }
          errno = err;
        }
      /* Errors that can only come from the output: do not fall back
         on read and write, which would take data from the input only
         to fail to write it.  */
      if (errno == EPIPE || errno == ENOSPC || errno == EFBIG
#ifdef EDQUOT
          || errno == EDQUOT
#endif
          )
        return COPY_WRITE_ERROR;
      /* EINVAL: one side cannot splice (a terminal, a file opened with
         O_APPEND, a file system without splice support...).  Any
         other error: a failed splice moved nothing, so the read and
         write loop can take over; if the error persists it reports it
         again, naming the side that failed, which splice cannot
         tell.  */
      return COPY_OK;
    }
#else
  (void) in; (void) out; (void) copied;
  return COPY_OK;
#endif
}

/* Wait after EAGAIN on FD for EVENTS.  Return 0, or -1 with errno
   set.  */
static int
wait_fd (int fd, short events)
{
  struct pollfd p = { .fd = fd, .events = events };
  return wait_ready (&p, 1);
}

enum copy_status
copy_fd (int in, int out, intmax_t *copied, idx_t *unwritten)
{
  intmax_t count = 0;
  idx_t pending = 0;
  enum copy_status status = COPY_OK;

  if (is_pipe (in) || is_pipe (out))
    {
      bool done;
      status = splice_loop (in, out, &count, &done);
      if (status != COPY_OK || done)
        {
          if (copied)
            *copied = count;
          if (unwritten)
            *unwritten = 0;
          return status;
        }
    }

  char *buf = xmalloc (COPY_BUFSIZE);
  for (;;)
    {
      /* Once per pass, before taking more from the input: an input
         that always has data and an output that never blocks never
         fail with EINTR.  */
      if (interrupt_signal)
        {
          errno = EINTR;
          status = COPY_INTERRUPTED;
          break;
        }
      ssize_t n = read (in, buf, COPY_BUFSIZE);
      if (n == 0)
        break;
      if (n < 0)
        {
          if (errno == EINTR && !interrupt_signal)
            continue;
          if (would_block (errno)
              && wait_fd (in, POLLIN) == 0)
            continue;
          status = (errno == EINTR ? COPY_INTERRUPTED : COPY_READ_ERROR);
          break;
        }

      char const *p = buf;
      while (0 < n)
        {
          /* What was read is written once, even if a signal arrived
             meanwhile: a write that does not block loses nothing, and
             one that blocks returns EINTR (partial or not) within
             10 ms of the signal.  After a partial write, write no
             more: the rest is accounted for in *UNWRITTEN.  */
          if (interrupt_signal && p != buf)
            {
              errno = EINTR;
              status = COPY_INTERRUPTED;
              break;
            }
          ssize_t w = write (out, p, n);
          if (w < 0)
            {
              if (errno == EINTR && !interrupt_signal)
                continue;
              if (would_block (errno)
                  && wait_fd (out, POLLOUT) == 0)
                continue;
              status = (errno == EINTR ? COPY_INTERRUPTED
                        : COPY_WRITE_ERROR);
              break;
            }
          p += w;
          n -= w;
          count += w;
        }
      if (status != COPY_OK)
        {
          pending = n;
          break;
        }
    }

  int saved_errno = errno;
  free (buf);
  errno = saved_errno;
  if (copied)
    *copied = count;
  if (unwritten)
    *unwritten = pending;
  return status;
}

int
pipe_enlarge (int fd, int size)
{
#if defined F_GETPIPE_SZ && defined F_SETPIPE_SZ
  int capacity = fcntl (fd, F_GETPIPE_SZ);
  if (capacity < 0)
    return -1;

  /* An unprivileged process may not go above
     /proc/sys/fs/pipe-max-size (EPERM), nor above its share of
     pipe-user-pages-hard (EPERM); lowering a full pipe fails (EBUSY).
     Halve the request until it fits.  */
  for (int want = size; capacity < want; want /= 2)
    {
      int got = fcntl (fd, F_SETPIPE_SZ, want);
      if (0 <= got)
        return got;
      if (! (errno == EPERM || errno == EBUSY || errno == ENOMEM))
        break;
    }
  return capacity;
#else
  (void) fd; (void) size;
  return -1;
#endif
}
