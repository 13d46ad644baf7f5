/* record.c: framed input (lines, NUL-terminated records, the whole
   input, netstrings) and batched framed output.
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

#include "c-ctype.h"
#include "minmax.h"

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

/* Why netstring input is malformed (struct record_reader's BAD).  */
enum
{
  BAD_LENGTH = 1,               /* not digits and a colon */
  BAD_COMMA,                    /* no comma after the bytes */
  BAD_TRUNCATED,                /* the input ends inside a netstring */
  BAD_AFTER_LONG                /* a netstring over the limit came */
};

int
netstring_header (char *buf, idx_t len)
{
  return sprintf (buf, "%jd:", (intmax_t) len);
}

/* Parse the netstring header in the AVAIL bytes at P.  Return 1 and
   set *HLEN (digits and colon) and *LEN when it is whole; 0 if more
   input is needed; -1 if it is malformed: not decimal digits ended by
   a colon, a leading zero, or a length beyond IDX_MAX.  */
static int
netstring_parse (char const *p, idx_t avail, idx_t *hlen, idx_t *len)
{
  idx_t n = 0;
  for (idx_t i = 0; i < avail; i++)
    {
      if (p[i] == ':')
        {
          if (i == 0)
            return -1;
          *hlen = i + 1;
          *len = n;
          return 1;
        }
      if (! c_isdigit (p[i]) || (i == 1 && p[0] == '0')
          || INT_MULTIPLY_WRAPV (n, 10, &n)
          || INT_ADD_WRAPV (n, p[i] - '0', &n))
        return -1;
    }
  return 0;
}

/* Note that the input is malformed for reason WHY and fail.  */
static int
malformed (struct record_reader *r, int why)
{
  r->bad = why;
  errno = EBADMSG;
  return -1;
}

char const *
record_error (struct record_reader const *r)
{
  static char buf[200];
  switch (r->bad)
    {
    case BAD_LENGTH:
      return _("invalid netstring: it does not begin with a length in"
               " decimal digits (no leading zero) and a colon");
    case BAD_COMMA:
      snprintf (buf, sizeof buf,
                _("invalid netstring: no comma after its %jd bytes"),
                (intmax_t) r->bad_len);
      return buf;
    case BAD_TRUNCATED:
      return _("the input ends inside a netstring");
    default:
      return _("the input goes on after a netstring longer than the"
               " limit");
    }
}

/* Make room in R's buffer for more input: at least NEED bytes from
   its start, when that is known (NEED > 0).  */
static void
make_room (struct record_reader *r, idx_t need)
{
  if (r->end < r->alloc && (need == 0 || need <= r->alloc - r->start))
    return;
  if (0 < r->start)
    {
      memmove (r->buf, r->buf + r->start, r->end - r->start);
      r->end -= r->start;
      r->scan -= r->start;
      r->start = 0;
    }
  if (r->end == r->alloc || r->alloc < need)
    r->buf = xpalloc (r->buf, &r->alloc,
                      MAX (1, need - r->alloc), -1, 1);
}

/* Read more input into R: return 1, 0 at its end, -1 on error.  */
static int
fill (struct record_reader *r)
{
  for (;;)
    {
      ssize_t n = read (r->fd, r->buf + r->end, r->alloc - r->end);
      if (0 <= n)
        {
          r->end += n;
          if (n == 0)
            r->eof = true;
          return n != 0;
        }
      if (errno == EINTR && !interrupt_signal)
        continue;
      if (errno == EAGAIN && wait_ready (r->fd, POLLIN))
        continue;
      return -1;
    }
}

/* record_read for RECORD_NETSTRING.  */
static int
netstring_read (struct record_reader *r, char **data, idx_t *len)
{
  for (;;)
    {
      if (r->bad)
        return malformed (r, r->bad);
      idx_t avail = r->end - r->start;
      idx_t hlen, n, need = 0;
      int h = netstring_parse (r->buf + r->start, avail, &hlen, &n);
      if (h < 0)
        return malformed (r, BAD_LENGTH);
      if (0 < h)
        {
          if (r->limit < n)
            {
              /* Its bytes are not read: nothing after it is taken.  */
              r->bad = BAD_AFTER_LONG;
              *data = NULL;
              *len = n;
              return 1;
            }
          if (n < avail - hlen)
            {
              char *p = r->buf + r->start + hlen;
              if (p[n] != ',')
                {
                  r->bad_len = n;
                  return malformed (r, BAD_COMMA);
                }
              *data = p;
              *len = n;
              r->start += hlen + n + 1;
              r->scan = r->start;
              return 1;
            }
          need = hlen + n + 1;
        }
      if (r->eof)
        return avail == 0 ? 0 : malformed (r, BAD_TRUNCATED);
      make_room (r, need);
      if (fill (r) < 0)
        return -1;
    }
}

int
record_read (struct record_reader *r, char **data, idx_t *len)
{
  char delim = r->framing == RECORD_NUL ? '\0' : '\n';

  if (r->framing == RECORD_NETSTRING)
    return netstring_read (r, data, len);

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

      if (fill (r) < 0)
        return -1;
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
  if (r->eof || r->bad)
    return true;
  if (r->framing == RECORD_NETSTRING)
    {
      idx_t avail = r->end - r->start, hlen, n;
      int h = netstring_parse (r->buf + r->start, avail, &hlen, &n);
      return h < 0 || (0 < h && (r->limit < n || n < avail - hlen));
    }
  if (r->framing == RECORD_WHOLE || r->end <= r->start)
    return false;
  char delim = r->framing == RECORD_NUL ? '\0' : '\n';
  return memchr (r->buf + r->start, delim, r->end - r->start) != NULL;
}

idx_t
record_unread (struct record_reader const *r)
{
  return r->end - r->start;
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

void
record_writer_set_framing (struct record_writer *w,
                           enum record_framing framing)
{
  w->netstring = framing == RECORD_NETSTRING;
  w->delim = (framing == RECORD_LINE ? '\n'
              : framing == RECORD_NUL ? '\0'
              : framing == RECORD_NETSTRING ? ',' : -1);
}

/* The bytes that W writes around a record: its header and delimiter.  */
static idx_t
framing_size (struct record_writer const *w)
{
  return (0 <= w->delim) + (w->netstring ? NETSTRING_HEADER_MAX : 0);
}

bool
record_writer_fits (struct record_writer const *w, idx_t len)
{
  return w->count == 0 || len + framing_size (w) <= w->alloc - w->used;
}

void
record_writer_add (struct record_writer *w, char const *data, idx_t len)
{
  idx_t need = len + framing_size (w);
  if (w->alloc - w->used < need)
    w->buf = xpalloc (w->buf, &w->alloc, need - (w->alloc - w->used), -1, 1);
  if (w->count == w->ends_alloc)
    w->ends = xpalloc (w->ends, &w->ends_alloc, 1, -1, sizeof *w->ends);
  if (w->netstring)
    w->used += netstring_header (w->buf + w->used, len);
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
