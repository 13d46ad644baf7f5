/* record.c: framed input (lines, NUL-terminated records, the whole
   input) and batched framed output.
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

#include "ipcutils.h"

#include <poll.h>

/* FD was opened non-blocking by someone else (O_NONBLOCK belongs to the
   open file description, which we share with our invoker) and is not
   ready: wait until it is ready for EVENTS, or a signal arrives.
   Return true to try again, false with errno set on failure.  */
static bool
wait_ready (int fd, short events)
{
  struct pollfd p = { .fd = fd, .events = events };
  if (poll (&p, 1, -1) < 0 && ! (errno == EINTR && !interrupt_signal))
    return false;
  return true;
}

/* Input is read in blocks of this size, and the buffer grows from it.  */
enum { READ_BLOCK = 128 * 1024 };

void
record_reader_init (struct record_reader *r, int fd,
                    enum record_framing framing, idx_t limit)
{
  memset (r, 0, sizeof *r);
  r->fd = fd;
  r->framing = framing;
  r->limit = limit;
  r->alloc = READ_BLOCK;
  r->buf = ximalloc (r->alloc);
}

void
record_reader_free (struct record_reader *r)
{
  free (r->buf);
  r->buf = NULL;
}

/* Return the record in BUF[START..END) and consume it plus SKIP
   delimiter bytes.  */
static int
take (struct record_reader *r, idx_t end, idx_t skip,
      char **data, idx_t *len)
{
  idx_t n = end - r->start;
  *len = r->skipped + n;
  *data = (r->skipped || r->limit < n) ? NULL : r->buf + r->start;
  r->start = end + skip;
  r->scan = r->start;
  r->skipped = 0;
  return 1;
}

int
record_read (struct record_reader *r, char **data, idx_t *len)
{
  char delim = r->framing == RECORD_NUL ? '\0' : '\n';

  for (;;)
    {
      if (r->framing != RECORD_WHOLE && r->scan < r->end)
        {
          char *p = memchr (r->buf + r->scan, delim, r->end - r->scan);
          if (p)
            return take (r, p - r->buf, 1, data, len);
          r->scan = r->end;
        }

      if (r->eof)
        {
          if (r->framing == RECORD_WHOLE)
            {
              if (r->done)
                return 0;
              r->done = true;
              return take (r, r->end, 0, data, len);
            }
          if (r->start < r->end || r->skipped)
            return take (r, r->end, 0, data, len);
          return 0;
        }

      /* Make room for more input.  */
      if (r->end == r->alloc)
        {
          if (0 < r->start)
            {
              memmove (r->buf, r->buf + r->start, r->end - r->start);
              r->end -= r->start;
              r->scan -= r->start;
              r->start = 0;
            }
          if (r->limit < r->end)
            {
              /* Too long to keep: count it, but drop its bytes.  */
              r->skipped += r->end;
              r->start = r->end = r->scan = 0;
            }
          else if (r->end == r->alloc)
            r->buf = xpalloc (r->buf, &r->alloc, 1, -1, 1);
        }

      ssize_t n = read (r->fd, r->buf + r->end, r->alloc - r->end);
      if (n < 0)
        {
          if (errno == EINTR && !interrupt_signal)
            continue;
          if (errno == EAGAIN && wait_ready (r->fd, POLLIN))
            continue;
          return -1;
        }
      if (n == 0)
        r->eof = true;
      r->end += n;
    }
}

void
record_writer_init (struct record_writer *w, int fd, int delim,
                    idx_t capacity)
{
  memset (w, 0, sizeof *w);
  w->fd = fd;
  w->delim = delim;
  w->alloc = capacity;
  w->buf = ximalloc (capacity);
  w->ends_alloc = 64;
  w->ends = xinmalloc (w->ends_alloc, sizeof *w->ends);
}

void
record_writer_free (struct record_writer *w)
{
  free (w->buf);
  free (w->ends);
  w->buf = NULL;
  w->ends = NULL;
}

bool
record_buffered (struct record_reader const *r)
{
  if (r->eof)
    return true;
  if (r->framing == RECORD_WHOLE || r->end <= r->start)
    return false;
  char delim = r->framing == RECORD_NUL ? '\0' : '\n';
  return memchr (r->buf + r->start, delim, r->end - r->start) != NULL;
}

bool
record_unread (struct record_reader const *r)
{
  return r->start < r->end;
}

idx_t
record_writer_count (struct record_writer const *w)
{
  return w->count;
}

idx_t
record_writer_size (struct record_writer const *w)
{
  return w->used;
}

char const *
record_writer_data (struct record_writer const *w)
{
  return w->buf;
}

bool
record_writer_fits (struct record_writer const *w, idx_t len)
{
  return w->count == 0 || len + 1 <= w->alloc - w->used;
}

void
record_writer_add (struct record_writer *w, char const *data, idx_t len)
{
  idx_t need = len + (0 <= w->delim);
  if (w->alloc - w->used < need)
    w->buf = xpalloc (w->buf, &w->alloc, need - (w->alloc - w->used), -1, 1);
  if (w->count == w->ends_alloc)
    w->ends = xpalloc (w->ends, &w->ends_alloc, 1, -1, sizeof *w->ends);
  memcpy (w->buf + w->used, data, len);
  w->used += len;
  if (0 <= w->delim)
    w->buf[w->used++] = w->delim;
  w->ends[w->count++] = w->used;
}

int
record_writer_flush (struct record_writer *w, idx_t *done)
{
  idx_t n = write_all (w->fd, w->buf, w->used);
  int result = 0;
  if (n < w->used)
    {
      int err = errno;
      idx_t whole = 0;
      while (whole < w->count && w->ends[whole] <= n)
        whole++;
      *done = whole;
      errno = err;
      result = -1;
    }
  w->used = 0;
  w->count = 0;
  return result;
}

idx_t
write_all (int fd, void const *buf, idx_t size)
{
  char const *p = buf;
  idx_t written = 0;
  while (written < size)
    {
      /* Once a signal has arrived, write no more, even after a
         partial write: the caller accounts for what was written and
         puts back or reports the rest.  */
      if (interrupt_signal)
        {
          errno = EINTR;
          break;
        }
      ssize_t n = write (fd, p + written, size - written);
      if (n < 0)
        {
          if (errno == EINTR && !interrupt_signal)
            continue;
          if (errno == EAGAIN && wait_ready (fd, POLLOUT))
            continue;
          break;
        }
      written += n;
    }
  return written;
}

void
diagnose_write_error (int err)
{
  if (err != EPIPE)
    error (0, err, _("write error"));
}
