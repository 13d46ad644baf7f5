/* copy.c: the copy engine: moving bytes from one descriptor to another.
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

/* Overview.  A copy is a channel (struct copy_channel) from an input
   descriptor to an output one, and copy_step moves what it can.  The
   mechanism is chosen once, when the channel is set up, from what the
   two descriptors are (see copy_channel_init in copy.h), and falls
   back to read and write when the kernel refuses it, before anything
   moved.  Every call's failure goes through one classification
   (classify): the output has no reader, a socket's peer reset the
   connection, try again later, or a real failure of one side.  A
   blocking copy (copy_fd) is copy_step plus poll; a relay (udscat)
   polls several channels itself.  copy_mapping is the one source that
   is not a descriptor: pages of a shared mapping, which go into a
   pipe with vmsplice.  */

#include <config.h>

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>

#include "ipcutils.h"
#include "copy.h"

#include "minmax.h"

/* splice(2), vmsplice(2) and sendfile(2) with Linux's signature
   (declared in <sys/sendfile.h>) are used where configure found them;
   elsewhere the engine reads and writes ("make check-fallbacks"
   builds and tests that: scenario no-splice).  */
#if HAVE_SYS_SENDFILE_H && HAVE_SENDFILE
# include <sys/sendfile.h>
# define USE_SENDFILE 1
#endif

/* The mechanisms.  */
enum { HOW_SPLICE, HOW_SENDFILE, HOW_BUFFER };

/* The calls one copy_step makes at most, so that a relay serves its
   other channel too.  */
enum { STEP_ROUNDS = 32 };

/* How much one write or vmsplice call of copy_mapping is given at
   most: small enough that an interruption is noticed soon, large
   enough that the calls cost nothing next to the copying.  */
enum { MAPPING_CHUNK = 8 * 1024 * 1024 };

bool
would_block (int err)
{
#if defined EWOULDBLOCK && EWOULDBLOCK != EAGAIN
  if (err == EWOULDBLOCK)
    return true;
#endif
  return err == EAGAIN;
}

bool
is_pipe (int fd)
{
  struct stat st;
  return fstat (fd, &st) == 0 && S_ISFIFO (st.st_mode);
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

/* What a failed call means.  */
enum failure
{
  FAIL_RETRY,                   /* EINTR, no interruption: call again */
  FAIL_INTERRUPTED,             /* EINTR and interrupt_signal */
  FAIL_AGAIN,                   /* would block: wait with poll */
  FAIL_READER_GONE,             /* EPIPE */
  FAIL_RESET,                   /* ECONNRESET */
  FAIL_UNSUPPORTED,             /* this pair cannot use this mechanism */
  FAIL_OUTPUT,                  /* an error of the output side */
  FAIL_OTHER                    /* an error of either side */
};

/* The one classification of the errno value ERR of a failed call.  */
static enum failure
classify (int err)
{
  if (err == EINTR)
    return interrupt_signal ? FAIL_INTERRUPTED : FAIL_RETRY;
  if (would_block (err))
    return FAIL_AGAIN;
  switch (err)
    {
    case EPIPE:
      return FAIL_READER_GONE;
    case ECONNRESET:
      return FAIL_RESET;
    case EINVAL: case ENOSYS: case EOPNOTSUPP:
#if defined ENOTSUP && ENOTSUP != EOPNOTSUPP
    case ENOTSUP:
#endif
      return FAIL_UNSUPPORTED;
    case ENOSPC: case EFBIG:
#ifdef EDQUOT
    case EDQUOT:
#endif
      return FAIL_OUTPUT;
    default:
      return FAIL_OTHER;
    }
}

void
copy_channel_init (struct copy_channel *c, int in, int out, bool nonblocking)
{
  /* What the mechanisms this system has need to know.  */
  struct stat ist, ost;
  _GL_ATTRIBUTE_MAYBE_UNUSED bool in_ok = fstat (in, &ist) == 0;
  _GL_ATTRIBUTE_MAYBE_UNUSED bool out_ok = fstat (out, &ost) == 0;
  int flags = fcntl (in, F_GETFL);

  *c = (struct copy_channel) { .in = in, .out = out,
                               .nonblocking = nonblocking,
                               .in_blocking = ! (0 <= flags
                                                 && (flags & O_NONBLOCK)),
                               .wait_fd = in, .wait_events = POLLIN };
#if HAVE_SPLICE
  bool in_pipe = in_ok && S_ISFIFO (ist.st_mode);
  bool out_pipe = out_ok && S_ISFIFO (ost.st_mode);
  if (in_pipe || out_pipe)
    {
      c->how = HOW_SPLICE;
      /* A larger pipe lets splice move more at a time, with fewer
         switches between the processes.  */
      if (in_pipe)
        pipe_enlarge (in, COPY_PIPE_SIZE);
      if (out_pipe)
        pipe_enlarge (out, COPY_PIPE_SIZE);
      return;
    }
#endif
#ifdef USE_SENDFILE
  if (in_ok && S_ISREG (ist.st_mode))
    {
      c->how = HOW_SENDFILE;
      return;
    }
#endif
  c->how = HOW_BUFFER;
}

void
copy_channel_free (struct copy_channel *c)
{
  free (c->buf);
  c->buf = NULL;
}

void
copy_channel_poll (struct copy_channel const *c, struct pollfd *p)
{
  *p = (struct pollfd) { .fd = c->wait_fd, .events = c->wait_events };
}

bool
copy_channel_eof (struct copy_channel const *c)
{
  return c->eof;
}

intmax_t
copy_channel_copied (struct copy_channel const *c)
{
  return c->copied;
}

idx_t
copy_channel_pending (struct copy_channel const *c)
{
  return c->end - c->start;
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

/* Whether FD is ready for EVENTS now (or in error: the next call
   says which).  */
static bool
ready_now (int fd, short events)
{
  struct pollfd p = { .fd = fd, .events = events };
  return poll (&p, 1, 0) == 1;
}

/* Set C to wait for EVENTS on FD, and return COPY_AGAIN.  */
static enum copy_status
wait_for (struct copy_channel *c, int fd, short events)
{
  c->wait_fd = fd;
  c->wait_events = events;
  return COPY_AGAIN;
}

/* The status of a copy that stops for FAILURE (not FAIL_RETRY nor
   FAIL_UNSUPPORTED), a call on the side READING or not (unknown for
   FAIL_OTHER of a splice: it is reported as the input's, since an
   output error was told apart before).  */
static enum copy_status
failed (enum failure failure, bool reading)
{
  switch (failure)
    {
    case FAIL_INTERRUPTED: return COPY_INTERRUPTED;
    case FAIL_READER_GONE: return COPY_READER_GONE;
    case FAIL_RESET: return COPY_PEER_RESET;
    case FAIL_OUTPUT: return COPY_WRITE_ERROR;
    default: return reading ? COPY_READ_ERROR : COPY_WRITE_ERROR;
    }
}

/* One splice or sendfile call on C, which moves data from the input to
   the output without a buffer of ours.  Return COPY_OK to go on (C->how
   may have become HOW_BUFFER), or the status to return.  */
static enum copy_status
move_direct (struct copy_channel *c)
{
  ssize_t n;
#ifdef USE_SENDFILE
  if (c->how == HOW_SENDFILE)
    n = sendfile (c->out, c->in, NULL, COPY_SPLICE_MAX);
  else
#endif
    {
#if HAVE_SPLICE
      /* No SPLICE_F_MORE: it corks a TCP output, delaying data that a
         consumer may be waiting for.  SPLICE_F_NONBLOCK makes the
         pipe side, and a Unix or TCP socket, never wait.  */
      n = splice (c->in, NULL, c->out, NULL, COPY_SPLICE_MAX,
                  SPLICE_F_MOVE | (c->nonblocking ? SPLICE_F_NONBLOCK : 0));
#else
      n = -1;
      errno = ENOSYS;
#endif
    }
  if (0 < n)
    {
      c->copied += n;
      return COPY_OK;
    }
  if (n == 0)
    {
      c->eof = true;
      return COPY_OK;
    }

  int err = errno;
  enum failure f = classify (err);
  switch (f)
    {
    case FAIL_RETRY:
      return COPY_OK;
    case FAIL_AGAIN:
      /* A failed splice cannot tell which side was not ready: the
         input if it has nothing, otherwise the output.  A regular
         file is always ready.  */
      if (c->how == HOW_SPLICE && !ready_now (c->in, POLLIN))
        return wait_for (c, c->in, POLLIN);
      return wait_for (c, c->out, POLLOUT);
    case FAIL_READER_GONE:
      if (input_at_end (c->in))
        {
          c->eof = true;
          return COPY_OK;
        }
      errno = err;
      return COPY_READER_GONE;
    case FAIL_UNSUPPORTED:
    case FAIL_OTHER:
      /* EINVAL: one side cannot splice (a terminal, a file opened
         with O_APPEND, a file system without splice support...).  A
         failed call moved nothing, so read and write can take over;
         if the error persists they report it again, naming the side
         that failed, which splice cannot tell.  */
      c->how = HOW_BUFFER;
      return COPY_OK;
    default:
      errno = err;
      return failed (f, false);
    }
}

/* Write what C's buffer holds, once.  Return COPY_OK to go on, or the
   status to return.  */
static enum copy_status
write_buffer (struct copy_channel *c)
{
  ssize_t w = write (c->out, c->buf + c->start, c->end - c->start);
  c->fresh = false;
  if (0 <= w)
    {
      c->start += w;
      c->copied += w;
      return COPY_OK;
    }
  enum failure f = classify (errno);
  if (f == FAIL_RETRY)
    {
      c->fresh = true;          /* nothing was written: write it once */
      return COPY_OK;
    }
  if (f == FAIL_AGAIN)
    {
      c->fresh = true;
      return wait_for (c, c->out, POLLOUT);
    }
  return failed (f, false);
}

/* Read once into C's buffer.  Return COPY_OK to go on, or the status
   to return.  */
static enum copy_status
read_buffer (struct copy_channel *c)
{
  if (!c->buf)
    c->buf = xmalloc (COPY_BUFSIZE);
  ssize_t n = read (c->in, c->buf, COPY_BUFSIZE);
  if (0 < n)
    {
      c->start = 0;
      c->end = n;
      c->fresh = true;
      return COPY_OK;
    }
  if (n == 0)
    {
      c->eof = true;
      return COPY_OK;
    }
  enum failure f = classify (errno);
  if (f == FAIL_RETRY)
    return COPY_OK;
  if (f == FAIL_AGAIN)
    return wait_for (c, c->in, POLLIN);
  return failed (f == FAIL_READER_GONE ? FAIL_OTHER : f, true);
}

enum copy_status
copy_step (struct copy_channel *c)
{
  bool has_read = false;
  for (int round = 0; round < STEP_ROUNDS; round++)
    {
      /* Once per pass, not only after EINTR: calls that never block
         never fail with EINTR.  Data just read is written once
         first.  */
      if (interrupt_signal && !c->fresh)
        {
          errno = EINTR;
          return COPY_INTERRUPTED;
        }

      enum copy_status s;
      if (c->start < c->end)
        s = write_buffer (c);
      else if (c->eof)
        return COPY_OK;
      else if (c->how != HOW_BUFFER)
        s = move_direct (c);
      else
        {
          /* An input in blocking mode is read once per step, after
             poll found it ready.  */
          if (c->nonblocking && c->in_blocking && has_read)
            return wait_for (c, c->in, POLLIN);
          has_read = true;
          s = read_buffer (c);
        }
      if (s != COPY_OK)
        return s;
    }

  /* This step's share is used up: ready again at once.  */
  return (c->start < c->end ? wait_for (c, c->out, POLLOUT)
          : wait_for (c, c->in, POLLIN));
}

/* Wait with poll for what C waits for.  Return COPY_AGAIN to step
   again, or COPY_INTERRUPTED or COPY_READ_ERROR with errno set.  */
static enum copy_status
copy_wait (struct copy_channel const *c)
{
  for (;;)
    {
      struct pollfd p;
      copy_channel_poll (c, &p);
      if (0 <= poll (&p, 1, -1))
        return COPY_AGAIN;
      enum failure f = classify (errno);
      if (f != FAIL_RETRY)
        return f == FAIL_INTERRUPTED ? COPY_INTERRUPTED : COPY_READ_ERROR;
    }
}

enum copy_status
copy_fd (int in, int out, intmax_t *copied, idx_t *unwritten)
{
  struct copy_channel c;
  copy_channel_init (&c, in, out, false);
  enum copy_status s;
  while ((s = copy_step (&c)) == COPY_AGAIN
         && (s = copy_wait (&c)) == COPY_AGAIN)
    continue;

  int saved_errno = errno;
  if (copied)
    *copied = c.copied;
  if (unwritten)
    *unwritten = copy_channel_pending (&c);
  copy_channel_free (&c);
  errno = saved_errno;
  return s;
}

/* Wait until the non-blocking OUT has room (or a signal came: the
   caller's next pass tests it).  Return false with errno set if poll
   failed.  */
static bool
wait_writable (int out)
{
  struct pollfd p = { .fd = out, .events = POLLOUT };
  return 0 <= poll (&p, 1, -1) || errno == EINTR;
}

/* copy_mapping writes pages of a shared mapping into a pipe with
   vmsplice(2), without SPLICE_F_GIFT: the pipe then holds references
   to the pages themselves, not a copy.  That is right only because of
   what the callers (shmcat, mmapcat) give it:
   - Lifetime: the references keep the pages alive after munmap, and
     after the object is removed (shmcat --remove), until the reader
     has read them; the callers may unmap each piece once it is
     written.
   - What the reader sees: the pages as they are when it reads, not as
     they were when they were spliced.  A process that changes the
     segment or file meanwhile changes what the reader gets, as it
     would under a reader that is merely slower; the callers never
     write to what they output.  A file that shrinks after the splice
     leaves the reader pages no longer part of the file.
   A private buffer that the program reuses (the read/write buffer of
   copy_step) is never vmspliced: the reader would see it overwritten.
   Anything but a pipe gets large writes.  */
enum copy_status
copy_mapping (int out, char const *buf, idx_t size, idx_t *written)
{
  bool pipe = is_pipe (out);
  if (pipe)
    pipe_enlarge (out, COPY_PIPE_SIZE);
  idx_t done = 0;
  enum copy_status s = COPY_OK;
  while (done < size)
    {
      if (interrupt_signal)
        {
          errno = EINTR;
          s = COPY_INTERRUPTED;
          break;
        }
      idx_t chunk = MIN (size - done, MAPPING_CHUNK);
      ssize_t n;
#if HAVE_VMSPLICE
      if (pipe)
        {
          struct iovec iov = { .iov_base = (void *) (buf + done),
                               .iov_len = chunk };
          n = vmsplice (out, &iov, 1, 0);
        }
      else
#endif
        n = write (out, buf + done, chunk);
      if (0 <= n)
        {
          done += n;
          continue;
        }

      int err = errno;
      enum failure f = classify (err);
      if (f == FAIL_RETRY)
        continue;
      if (f == FAIL_AGAIN)
        {
          if (wait_writable (out))
            continue;
          err = errno;
          f = FAIL_OUTPUT;
        }
      else if (f == FAIL_UNSUPPORTED && pipe)
        {
          /* Not a pipe after all, or no vmsplice here.  */
          pipe = false;
          continue;
        }
      errno = err;
      s = (err == EFAULT ? COPY_READ_ERROR : failed (f, false));
      break;
    }
  *written = done;
  return s;
}

enum copy_status
copy_region (int in, intmax_t offset, intmax_t size, int out,
             intmax_t *written)
{
  *written = 0;
#if HAVE_SPLICE
  struct stat st;
  if (! (is_pipe (out) && fstat (in, &st) == 0
         && (S_ISREG (st.st_mode) || S_ISBLK (st.st_mode))))
    return COPY_UNSUPPORTED;
  pipe_enlarge (out, COPY_PIPE_SIZE);
  loff_t pos = offset;
  while (*written < size)
    {
      if (interrupt_signal)
        {
          errno = EINTR;
          return COPY_INTERRUPTED;
        }
      ssize_t n = splice (in, &pos, out, NULL,
                          MIN (size - *written, COPY_SPLICE_MAX),
                          SPLICE_F_MOVE);
      if (0 < n)
        {
          *written += n;
          continue;
        }
      if (n == 0)
        {
          /* IN ended before OFFSET + SIZE: it shrank.  */
          errno = 0;
          return COPY_READ_ERROR;
        }
      int err = errno;
      enum failure f = classify (err);
      if (f == FAIL_RETRY)
        continue;
      if (f == FAIL_AGAIN)
        {
          if (wait_writable (out))
            continue;
          return COPY_WRITE_ERROR;
        }
      /* Neither side was touched by a failed call: the caller can
         take over where splice stopped.  */
      if (f == FAIL_UNSUPPORTED)
        return COPY_UNSUPPORTED;
      errno = err;
      return failed (f, err == EIO);
    }
  return COPY_OK;
#else
  (void) in; (void) offset; (void) size; (void) out;
  return COPY_UNSUPPORTED;
#endif
}

void
copy_channel_retarget (struct copy_channel *c, int out)
{
  struct copy_channel fresh;
  copy_channel_init (&fresh, c->in, out, c->nonblocking);
  c->out = out;
  c->how = fresh.how;
  c->wait_fd = c->start < c->end ? out : c->in;
  c->wait_events = c->start < c->end ? POLLOUT : POLLIN;
}
