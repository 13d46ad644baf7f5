/* memio.c: copying between the standard streams and shared memory,
   shared by shmcat and mmapcat.
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
#include <setjmp.h>
#include <signal.h>
#include <stdatomic.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include "ipcutils.h"
#include "copy.h"
#include "memio.h"

#include "intprops.h"
#include "minmax.h"

/* musl's <sys/mman.h> lacks MADV_POPULATE_WRITE (Linux 5.14), which
   glibc defines as Linux does, 23; a kernel older than 5.14 refuses it
   with EINVAL (see memio_prefault).  */
#if !defined MADV_POPULATE_WRITE && defined __linux__
# define MADV_POPULATE_WRITE 23
#endif

/* How much one read call is given at most.  Small enough that an
   interruption is noticed soon, large enough that the calls cost
   nothing next to the copying.  */
enum { READ_CHUNK = 8 * 1024 * 1024 };

/* The buffer of memio_slurp when it only counts bytes, and the least
   it grows its buffer by.  */
enum { SLURP_CHUNK = 256 * 1024 };

intmax_t
memio_window (intmax_t size, intmax_t offset, intmax_t length,
              char const *what)
{
  if (size < offset)
    error (EXIT_FAILURE, 0,
           ngettext ("offset %jd is beyond the end of %s (%jd byte)",
                     "offset %jd is beyond the end of %s (%jd bytes)",
                     select_plural (size)),
           offset, what, size);
  if (length < 0)
    return size - offset;
  if (size - offset < length)
    error (EXIT_FAILURE, 0,
           ngettext ("length %jd at offset %jd goes beyond the end of %s"
                     " (%jd byte)",
                     "length %jd at offset %jd goes beyond the end of %s"
                     " (%jd bytes)", select_plural (size)),
           length, offset, what, size);
  return length;
}

intmax_t
memio_page_floor (intmax_t offset)
{
  static intmax_t page_size;
  if (!page_size)
    page_size = sysconf (_SC_PAGESIZE);
  return offset - offset % page_size;
}

char *
memio_map (int fd, intmax_t offset, idx_t len, int prot,
           struct memio_mapping *m)
{
  intmax_t start = memio_page_floor (offset);
  intmax_t maplen = offset - start + len;
  m->base = NULL;
  m->len = 0;
  if (SIZE_MAX < maplen)
    {
      errno = ENOMEM;
      return NULL;
    }
  void *p = mmap (NULL, maplen, prot, MAP_SHARED, fd, start);
  if (p == MAP_FAILED)
    return NULL;
  m->base = p;
  m->len = maplen;
  return (char *) p + (offset - start);
}

void
memio_unmap (struct memio_mapping *m)
{
  if (m->base)
    munmap (m->base, m->len);
  m->base = NULL;
  m->len = 0;
}

void
memio_prefault (void *addr, idx_t len)
{
#ifdef MADV_POPULATE_WRITE
  static bool unsupported;
  if (unsupported || len <= 0)
    return;
  uintptr_t start = (uintptr_t) addr;
  uintptr_t aligned = memio_page_floor ((intmax_t) start);
  if (madvise ((void *) aligned, start - aligned + len, MADV_POPULATE_WRITE)
      != 0 && errno == EINVAL)
    unsupported = true;         /* a kernel older than Linux 5.14 */
#else
  (void) addr;
  (void) len;
#endif
}

/* Without fallocate this does nothing, which GCC would like declared
   const; it is not, where fallocate exists.  */
#if !(HAVE_FALLOCATE && defined FALLOC_FL_KEEP_SIZE) && 4 < __GNUC__
# pragma GCC diagnostic ignored "-Wsuggest-attribute=const"
#endif
int
memio_reserve (int fd, intmax_t offset, intmax_t len)
{
#if HAVE_FALLOCATE && defined FALLOC_FL_KEEP_SIZE
  static bool unsupported;
  while (!unsupported && 0 < len)
    {
      /* FALLOC_FL_KEEP_SIZE: if another process shortened the file
         meanwhile, do not make it long again; the store then raises
         SIGBUS, which the caller reports as a file that shrank.  */
      if (fallocate (fd, FALLOC_FL_KEEP_SIZE, offset, len) == 0)
        return 0;
      if (errno == EINTR && !interrupt_signal)
        continue;
      if (! (errno == EOPNOTSUPP || errno == ENOSYS))
        return -1;
      unsupported = true;
    }
#else
  (void) fd;
  (void) offset;
  (void) len;
#endif
  return 0;
}

/* FD, in non-blocking mode (O_NONBLOCK belongs to the open file
   description, which we share with our invoker), is not ready: wait
   until it is ready for EVENTS, or in error, or a signal arrives.
   Return true to try again, false with errno set (EINTR: an
   interruption).  */
static bool
wait_ready (int fd, short events)
{
  struct pollfd p = { .fd = fd, .events = events };
  return ! (poll (&p, 1, -1) < 0 && ! (errno == EINTR && !interrupt_signal));
}

/* Where memio_copy resumes after a SIGBUS, and whether it is copying.  */
static sigjmp_buf bus_env;
static volatile sig_atomic_t bus_armed;

static void
bus_handler (int sig)
{
  if (bus_armed)
    siglongjmp (bus_env, 1);
  /* A SIGBUS anywhere else is not ours to recover from: die of it.  */
  signal (sig, SIG_DFL);
  raise (sig);
}

void
memio_sigbus_init (void)
{
  struct sigaction sa;
  memset (&sa, 0, sizeof sa);
  sigemptyset (&sa.sa_mask);
  /* No SA_NODEFER: SIGBUS stays blocked in the handler, and
     siglongjmp restores the mask that sigsetjmp saved, in which it is
     not blocked.  */
  sa.sa_flags = 0;
  sa.sa_handler = bus_handler;
  sigaction (SIGBUS, &sa, NULL);
}

bool
memio_copy (void *dst, void const *src, idx_t size)
{
  if (sigsetjmp (bus_env, 1) != 0)
    {
      bus_armed = 0;
      return false;
    }
  bus_armed = 1;
  /* Keep the copy between the two stores to BUS_ARMED.  */
  atomic_signal_fence (memory_order_seq_cst);
  memcpy (dst, src, size);
  atomic_signal_fence (memory_order_seq_cst);
  bus_armed = 0;
  return true;
}

ssize_t
memio_read_some (int fd, void *buf, idx_t size)
{
  for (;;)
    {
      if (interrupt_signal)
        {
          errno = EINTR;
          return -1;
        }
      ssize_t n = read (fd, buf, MIN (size, READ_CHUNK));
      if (0 <= n)
        return n;
      if (errno == EINTR)
        continue;
      if (! (would_block (errno) && wait_ready (fd, POLLIN)))
        return -1;
    }
}

idx_t
memio_read (int fd, void *buf, idx_t size, int *err)
{
  char *p = buf;
  idx_t done = 0;
  *err = 0;
  while (done < size)
    {
      ssize_t n = memio_read_some (fd, p + done, size - done);
      if (n < 0)
        {
          *err = errno;
          break;
        }
      if (n == 0)
        break;
      done += n;
    }
  return done;
}

intmax_t
memio_slurp (int fd, idx_t keep, char **bufp, idx_t *kept)
{
  char *buf = NULL;
  idx_t alloc = 0;
  idx_t used = 0;
  intmax_t total = 0;
  char *scratch = NULL;

  for (;;)
    {
      char *dst;
      idx_t want;
      if (used < keep)
        {
          if (used == alloc)
            {
              buf = xpalloc (buf, &alloc, MIN (keep - alloc, SLURP_CHUNK),
                             keep, 1);
              /* Faulting in a large buffer page by page costs more
                 than filling it.  */
              memio_prefault (buf + used, alloc - used);
            }
          dst = buf + used;
          want = alloc - used;
        }
      else
        {
          /* Past KEEP: count the rest, to report the input's size.  */
          if (!scratch)
            scratch = ximalloc (SLURP_CHUNK);
          dst = scratch;
          want = SLURP_CHUNK;
        }
      ssize_t n = memio_read_some (fd, dst, want);
      if (n < 0)
        {
          int err = errno;
          free (scratch);
          free (buf);
          errno = err;
          return -1;
        }
      if (n == 0)
        break;
      if (dst != scratch)
        used += n;
      if (INT_ADD_WRAPV (total, n, &total))
        total = INTMAX_MAX;
    }
  free (scratch);
  *bufp = buf;
  *kept = used;
  return total;
}

intmax_t
memio_input_length (int fd)
{
  struct stat st;
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    return -1;
  off_t pos = lseek (fd, 0, SEEK_CUR);
  if (pos < 0)
    return -1;
  return pos < st.st_size ? st.st_size - pos : 0;
}

intmax_t
memio_end (intmax_t offset, intmax_t len, char const *what)
{
  intmax_t end;
  if (INT_ADD_WRAPV (offset, len, &end) || TYPE_MAXIMUM (off_t) < end)
    error (EXIT_FAILURE, 0,
           ngettext ("offset %jd plus input length %jd exceeds the largest"
                     " size of %s (%jd byte)",
                     "offset %jd plus input length %jd exceeds the largest"
                     " size of %s (%jd bytes)",
                     select_plural (TYPE_MAXIMUM (off_t))),
           offset, len, what, (intmax_t) TYPE_MAXIMUM (off_t));
  return end;
}

int
memio_grow (int fd, intmax_t newsize)
{
  /* No fallocate of the new bytes: a file written at a large offset
     would take that much space (or fill the disk), where dd seek=
     leaves a hole.  memio_reserve allocates what is written, when it
     is written.  Never shrink a file that someone else grew
     meanwhile.  */
  for (;;)
    {
      struct stat st;
      if (fstat (fd, &st) != 0)
        return -1;
      if (newsize <= st.st_size)
        return 0;
      if (ftruncate (fd, newsize) == 0)
        return 0;
      if (! (errno == EINTR && !interrupt_signal))
        return -1;
    }
}
