/* fuzz-record.c: libFuzzer harness for record splitting (record_read,
   in every framing, with small and large limits, fed through a pipe in
   chunks of varying size) and for record_writer, checked against a
   plain reference splitter.
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

/* Input layout: byte 0 the framing (mod 3); byte 1 the limit (below
   128 it is the limit itself, else one of LIMITS); byte 2 how many
   times the rest is repeated (so that records cross the 128 KiB read
   blocks of the reader, which short inputs never do); byte 3 the size
   of the chunks the writer thread writes (at least 1/256 of the
   input); byte 4 the writer's
   capacity.  */

#include <config.h>

#include <fcntl.h>
#include <pthread.h>
#include <sys/mman.h>

#include "ipcutils.h"
#include "fuzz.h"

static idx_t const limits[] =
{
  0, 1, 2, 4095, 131071, 131072, 131073, 262144, 1 << 20, IDX_MAX
};

struct feed
{
  int fd;
  char const *buf;
  size_t len;
  size_t chunk;
};

static void *
feeder (void *arg)
{
  struct feed *f = arg;
  for (size_t off = 0; off < f->len; )
    {
      size_t n = f->len - off < f->chunk ? f->len - off : f->chunk;
      ssize_t w = write (f->fd, f->buf + off, n);
      if (w < 0)
        fuzz_fail ("write to the pipe: %s", strerror (errno));
      off += w;
    }
  close (f->fd);
  return NULL;
}

int
LLVMFuzzerTestOneInput (uint8_t const *data, size_t size)
{
  if (size < 5)
    return 0;
  enum record_framing framing = data[0] % 3;
  idx_t limit = (data[1] < 128 ? data[1]
                 : limits[data[1] % (sizeof limits / sizeof *limits)]);
  size_t repeat = data[2] + 1;
  size_t chunk = data[3] < 128 ? data[3] + 1 : (size_t) data[3] << 10;
  idx_t capacity = data[4] + 1;
  uint8_t const *payload = data + 5;
  size_t plen = size - 5;
  size_t len = plen * repeat;
  /* At most about 256 writes: long inputs in bigger chunks.  */
  if (chunk < len / 256)
    chunk = len / 256;
  char *input = malloc (len + 1);
  if (!input)
    abort ();
  for (size_t i = 0; i < repeat; i++)
    memcpy (input + i * plen, payload, plen);

  int fds[2];
  if (pipe (fds) != 0)
    fuzz_fail ("pipe: %s", strerror (errno));
  struct feed feed = { fds[1], input, len, chunk };
  pthread_t thread;
  if (pthread_create (&thread, NULL, feeder, &feed) != 0)
    fuzz_fail ("pthread_create");

  int outfd = memfd_create ("fuzz-record", 0);
  if (outfd < 0)
    fuzz_fail ("memfd_create: %s", strerror (errno));
  char delim = framing == RECORD_NUL ? '\0' : '\n';
  struct record_writer w;
  record_writer_init (&w, outfd, framing == RECORD_WHOLE ? -1 : delim,
                      capacity);

  struct record_reader r;
  record_reader_init (&r, fds[0], framing, limit);
  size_t pos = 0;               /* where the reference is in INPUT */
  idx_t expected_out = 0;
  char *rec;
  idx_t rlen;
  int got;
  while ((got = record_read (&r, &rec, &rlen)) != 0)
    {
      if (got < 0)
        fuzz_fail ("record_read: %s", strerror (errno));
      /* The reference: the next record runs to the next delimiter, or
         to the end of the input.  */
      if (framing != RECORD_WHOLE && pos == len)
        fuzz_fail ("a record after the end of the input");
      size_t stop = len;
      if (framing != RECORD_WHOLE)
        {
          char *p = memchr (input + pos, delim, len - pos);
          if (p)
            stop = p - input;
        }
      size_t n = stop - pos;
      if (rlen < 0 || (size_t) rlen != n)
        fuzz_fail ("record at %zu of %td bytes, not %zu (limit %td)",
                   pos, rlen, n, limit);
      if (limit < rlen ? rec != NULL : rec == NULL)
        fuzz_fail ("record of %td bytes with limit %td %s", rlen, limit,
                   rec ? "kept" : "dropped");
      if (rec && memcmp (rec, input + pos, n) != 0)
        fuzz_fail ("record at %zu differs", pos);
      if (rec)
        {
          if (! record_writer_fits (&w, rlen))
            {
              idx_t done;
              if (record_writer_flush (&w, &done) != 0)
                fuzz_fail ("record_writer_flush: %s", strerror (errno));
            }
          record_writer_add (&w, rec, rlen);
          expected_out += rlen + (framing != RECORD_WHOLE);
        }
      pos = stop + (stop < len);
      if (framing == RECORD_WHOLE)
        pos = len + 1;
    }
  if (framing == RECORD_WHOLE ? pos != len + 1 : pos != len)
    fuzz_fail ("the records ended at %zu of %zu bytes", pos, len);
  if (record_read (&r, &rec, &rlen) != 0)
    fuzz_fail ("a record after the end");
  record_reader_free (&r);
  pthread_join (thread, NULL);
  close (fds[0]);

  idx_t done;
  if (record_writer_flush (&w, &done) != 0)
    fuzz_fail ("record_writer_flush: %s", strerror (errno));
  record_writer_free (&w);

  /* The writer's output: the kept records, each with its delimiter.  */
  off_t outlen = lseek (outfd, 0, SEEK_END);
  if (outlen != expected_out)
    fuzz_fail ("writer wrote %jd bytes, not %td", (intmax_t) outlen,
               expected_out);
  if (0 < outlen)
    {
      char *out = mmap (NULL, outlen, PROT_READ, MAP_PRIVATE, outfd, 0);
      if (out == MAP_FAILED)
        fuzz_fail ("mmap: %s", strerror (errno));
      /* Check it by splitting the input again.  */
      size_t o = 0;
      for (size_t p = 0; p < len || (framing == RECORD_WHOLE && p == 0); )
        {
          size_t stop = len;
          if (framing != RECORD_WHOLE)
            {
              char *d = memchr (input + p, delim, len - p);
              if (d)
                stop = d - input;
            }
          size_t n = stop - p;
          if ((idx_t) n <= limit)
            {
              if (memcmp (out + o, input + p, n) != 0
                  || (framing != RECORD_WHOLE && out[o + n] != delim))
                fuzz_fail ("writer output differs at %zu", o);
              o += n + (framing != RECORD_WHOLE);
            }
          p = stop + 1;
        }
      munmap (out, outlen);
    }
  close (outfd);
  free (input);
  return 0;
}
