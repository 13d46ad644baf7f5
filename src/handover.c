/* handover.c: hand records to the reader of a pipe or socket one at a
   time, so that what the reader never takes can be put back.
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

/* How it works.  A receiver that takes a message off its queue and
   writes it into a pipe has handed it over only when the reader has
   read it out of the pipe: until then the kernel holds it, and if the
   reader exits (head -n 1, "while read ...; break") it is gone.  So
   after writing each record we wait until the pipe holds none of it:

   - The pipe is shrunk to one page (F_SETPIPE_SZ).  A pipe of one
     slot polls writable (POLLOUT) only when it is empty, so waiting
     costs one wake-up, like a round trip of messages.
   - The unread bytes are counted with FIONREAD (pipes) or SIOCOUTQ
     (Unix stream sockets, which count what the peer has not read).
     Where the pipe cannot be shrunk, or for a socket, we poll that
     count with short sleeps growing to 5 ms.
   - A reader that left shows as POLLERR (pipes) or POLLHUP; a socket
     peer that closed with data unread leaves ECONNRESET in SO_ERROR.
     If any byte of the record was unread, the record was not taken.
   - When a signal arrives while the record is unread, we take it back
     ourselves through a read end opened on /proc/self/fd/FD, so that
     the caller can put it back on its queue without the reader also
     getting it.  If the reader has begun to read it, it keeps it.

   A reader that read only part of a record and then left did not take
   it: the caller puts it back whole, so that reader saw a fragment and
   the next one sees the record again.

   What each system lacks (configure.ac, "Platforms"): without FIONREAD
   there is no waiting at all, as for a regular file: a record counts
   as handed over once written.  Without SIOCOUTQ (all but Linux), a
   socket is not waited on either.  Without /proc/self/fd (the BSDs,
   macOS), a record unread when a signal arrives cannot be taken back:
   it is left in the pipe for the reader, and counts as handed over.  */

#include <config.h>

#include "ipcutils.h"

#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#if HAVE_SYS_FILIO_H
# include <sys/filio.h>
#endif
#if HAVE_LINUX_SOCKIOS_H
# include <linux/sockios.h>
#endif

#include "intprops.h"

/* Whether this system can count the unread bytes of a pipe.  */
#if HAVE_DECL_FIONREAD
enum { CAN_WAIT = true };
#else
enum { CAN_WAIT = false };
#endif

enum handover_kind
{
  HANDOVER_OFF,                 /* not a pipe or socket: no waiting */
  HANDOVER_PIPE_SLOT,           /* a pipe of one slot: POLLOUT = empty */
  HANDOVER_PIPE,                /* a pipe of several slots */
  HANDOVER_SOCKET               /* a Unix stream socket */
};

void
handover_init (struct handover *h, int fd, bool enable)
{
  struct stat st;

  h->fd = fd;
  h->kind = HANDOVER_OFF;
  h->saved_pipe_size = 0;
  h->resume = 0;
  if (!enable || fstat (fd, &st) != 0)
    return;
#if HAVE_DECL_FIONREAD
  if (S_ISFIFO (st.st_mode))
    {
      int unread;
      if (ioctl (fd, FIONREAD, &unread) != 0)
        return;
      h->kind = HANDOVER_PIPE;
#if defined F_GETPIPE_SZ && defined F_SETPIPE_SZ
      int size = fcntl (fd, F_GETPIPE_SZ);
      long page = sysconf (_SC_PAGESIZE);
      if (0 < size && 0 < page
          && (size == page || fcntl (fd, F_SETPIPE_SZ, (int) page) == page))
        {
          h->kind = HANDOVER_PIPE_SLOT;
          if (size != page)
            h->saved_pipe_size = size;
        }
#endif
    }
# if HAVE_DECL_SIOCOUTQ
  else if (S_ISSOCK (st.st_mode))
    {
      int type, unsent;
      socklen_t len = sizeof type;
      if (getsockopt (fd, SOL_SOCKET, SO_TYPE, &type, &len) == 0
          && type == SOCK_STREAM && ioctl (fd, SIOCOUTQ, &unsent) == 0)
        h->kind = HANDOVER_SOCKET;
    }
# endif
#endif
}

void
handover_end (struct handover *h)
{
#ifdef F_SETPIPE_SZ
  /* Leave the pipe as we found it for whoever writes after us.  */
  if (h->saved_pipe_size)
    fcntl (h->fd, F_SETPIPE_SZ, h->saved_pipe_size);
#endif
  h->saved_pipe_size = 0;
}

/* The number of bytes written to H->fd that its reader has not read
   yet, or -1 on error.  For a socket this counts buffer memory, not
   bytes: only zero is exact.  */
static int
unread_bytes (struct handover const *h)
{
  int n;
#if HAVE_DECL_SIOCOUTQ
  if (h->kind == HANDOVER_SOCKET)
    return ioctl (h->fd, SIOCOUTQ, &n) == 0 ? n : -1;
#endif
#if HAVE_DECL_FIONREAD
  return ioctl (h->fd, FIONREAD, &n) == 0 ? n : -1;
#else
  /* Not reached: without FIONREAD, H is HANDOVER_OFF.  */
  (void) h;
  (void) n;
  return 0;
#endif
}

/* Whether what was written to H->fd is unread, or was thrown away
   unread by a reader that left.  A pipe keeps the unread bytes while
   we hold its write end; a socket peer that closes drops them, and
   leaves ECONNRESET behind (reading SO_ERROR clears it).  */
static bool
not_taken (struct handover const *h)
{
  if (h->kind == HANDOVER_SOCKET)
    {
      int err = 0;
      socklen_t len = sizeof err;
      if (getsockopt (h->fd, SOL_SOCKET, SO_ERROR, &err, &len) == 0
          && err == ECONNRESET)
        return true;
    }
  return unread_bytes (h) != 0;
}

/* Write the LEN bytes at BUF to FD even after a signal, as far as the
   reader takes them; return whether all were written.  */
static bool
write_back (int fd, char const *buf, idx_t len)
{
  for (idx_t put = 0; put < len; )
    {
      ssize_t n = write (fd, buf + put, len - put);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return false;
      put += n;
    }
  return true;
}

/* A signal arrived while all LEN bytes of a record were in the pipe,
   none of them read.  Take them back, so that the reader cannot read
   them after the caller puts the record back.  Return true if the
   reader does not have the record, false if it has it, or part of
   it.  */
static bool
take_back (struct handover const *h, idx_t len)
{
  if (h->kind == HANDOVER_SOCKET)
    return false;
#if HAVE_PROC_SELF_FD
  char path[sizeof "/proc/self/fd/" + INT_BUFSIZE_BOUND (int)];
  sprintf (path, "/proc/self/fd/%d", h->fd);
  int rfd = open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
#else
  /* No portable way reopens the read end of a pipe.  */
  int rfd = -1;
#endif
  if (rfd < 0)
    return false;
  char *buf = ximalloc (len);
  ssize_t got;
  while ((got = read (rfd, buf, len)) < 0 && errno == EINTR)
    continue;
  close (rfd);
  bool back = got == len;
  /* If the reader read the head of the record just before our read,
     which took the rest in one go, give the tail back, so that the
     reader has the record whole.  We just made room for it, so this
     does not block.  */
  if (0 < got && !back)
    write_back (h->fd, buf, got);
  free (buf);
  return back;
}

/* A signal arrived while the record of LEN bytes, of which WRITTEN
   were written, was being handed over.  Keep what the reader has begun
   to read; take back what it has not touched.  A record that the
   signal cut short is put back whole (the reader may have read its
   head).  Return as handover_write does.  */
static int
interrupted (struct handover *h, idx_t written, idx_t len)
{
  int unread = unread_bytes (h);
  h->resume = written;
  if (written == len)
    {
      if (unread != len || !take_back (h, len))
        return 0;
      h->resume = 0;
    }
  else if (0 < written && unread == written && take_back (h, written))
    h->resume = 0;
  errno = EINTR;
  return -1;
}

bool
handover_restore (struct handover const *h, char const *buf, idx_t len)
{
  return write_back (h->fd, buf + h->resume, len - h->resume);
}

int
handover_write (struct handover *h, char const *buf, idx_t len)
{
  idx_t written = write_all (h->fd, buf, len);
  if (written < len && ! (errno == EINTR && interrupt_signal))
    return -1;                  /* EPIPE: the reader left; or an error */
  if (!CAN_WAIT || h->kind == HANDOVER_OFF)
    return written < len ? -1 : 0;

  /* Wait until the reader has read all of it.  */
  struct timespec delay = { 0, 10 * 1000 };
  for (;;)
    {
      if (interrupt_signal)
        return interrupted (h, written, len);

      struct pollfd p = { .fd = h->fd, .events = 0 };
      int r;
      if (h->kind == HANDOVER_PIPE_SLOT)
        {
          /* One slot: writable means empty.  */
          p.events = POLLOUT;
          r = poll (&p, 1, -1);
        }
      else
        {
          int unread = unread_bytes (h);
          if (unread < 0)
            return -1;
          if (unread == 0)
            break;
#if HAVE_PPOLL
          r = ppoll (&p, 1, &delay, NULL);
#else
          /* poll counts in milliseconds: at least 1.  */
          r = poll (&p, 1, delay.tv_nsec / (1000 * 1000) + 1);
#endif
          if (delay.tv_nsec < 5 * 1000 * 1000)
            delay.tv_nsec *= 2;
        }
      if (r < 0 && errno != EINTR)
        return -1;
      if (0 < r && (p.revents & (POLLERR | POLLHUP | POLLNVAL)))
        break;                  /* the reader left */
      if (0 < r && (p.revents & POLLOUT))
        return 0;
    }

  /* The pipe is empty, or the reader left: what it did not read died
     with it.  */
  if (not_taken (h))
    {
      errno = EPIPE;
      return -1;
    }
  return 0;
}
