/* mmapcat -- write a file to standard output through a memory mapping,
   or copy standard input into it.
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
#include <getopt.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include "system.h"
#include "xstdopen.h"
#include "ipcutils.h"
#include "copy.h"
#include "memio.h"

#include "intprops.h"
#include "minmax.h"

#define PROGRAM_NAME "mmapcat"

/* The file is mapped this many bytes at a time, at offsets that are
   multiples of it.  */
enum { MAP_CHUNK = 64 * 1024 * 1024 };

/* The mapping of one copy_mapping call when reading.  A pipe keeps
   references to the pages it was given, not our mapping, so a small
   one costs no speed (measured: 4 MiB as fast as 64 MiB for 1 GiB)
   and keeps the memory use flat.  */
enum { READ_CHUNK = 4 * 1024 * 1024 };

/* When the input's length is unknown, the file grows to the next
   multiple of this, and the excess is cut off at the end.  */
enum { GROW_CHUNK = 4 * 1024 * 1024 };

/* The buffer for reading standard input.  */
enum { INPUT_BUFSIZE = 256 * 1024 };

/* The file, as an object for the creation options.  */
static struct ipc_object obj;

/* -o, -l (negative when not given), --sync.  */
static intmax_t offset;
static intmax_t length = -1;
static bool sync_option;

static struct option const long_options[] =
{
  CREATE_LONGOPTS,
  {"offset", required_argument, NULL, 'o'},
  {"length", required_argument, NULL, 'l'},
  {"write", no_argument, NULL, 'w'},
  {"sync", no_argument, NULL, SYNC_OPTION},
  {GETOPT_HELP_OPTION_DECL},
  {GETOPT_VERSION_OPTION_DECL},
  {NULL, 0, NULL, 0}
};

_Noreturn void
usage (int status)
{
  if (status != EXIT_SUCCESS)
    emit_try_help ();
  else
    {
      printf (_("Usage: %s [OPTION]... FILE\n"), program_name);
      fputs (_("\
Map FILE into memory and write it to standard output, or with --write\n\
copy standard input into FILE through a shared mapping.\n\
"), stdout);
      putchar ('\n');
      emit_mandatory_arg_note ();
      fputs (_("\
  -o, --offset=BYTES    start at byte BYTES of FILE (default 0)\n\
  -l, --length=BYTES    read BYTES bytes (default: up to the end); with\n\
                          --write, fail unless the input fits in BYTES\n\
  -w, --write           copy standard input into FILE at the offset,\n\
                          creating FILE or making it longer as needed;\n\
                          what lies after the copied bytes is kept\n\
      --sync            with --write, wait until the data is on disk\n\
                          (msync MS_SYNC) before exiting\n\
"), stdout);
      emit_object_options (OBJECT_FILE, true);
      fputs (HELP_OPTION_DESCRIPTION, stdout);
      fputs (VERSION_OPTION_DESCRIPTION, stdout);
      fputs (_("\
\n\
BYTES may have a suffix: K, M, G, T, P, E (powers of 1024, also written\n\
KiB, MiB...) or KB, MB, GB, TB, PB, EB (powers of 1000).\n\
\n\
A file that another process shortens while it is mapped is an error\n\
(\"file shrank\"), not a crash.  Only regular files can be written;\n\
block devices can also be read.\n\
"), stdout);
      fputs (_("\
\n\
Examples:\n\
  mmapcat big.img | sha256sum    Checksum a file, fast.\n\
  mmapcat -o 1M -l 512 disk.img | od -Ax -tx1\n\
                                 Dump 512 bytes at offset 1 MiB.\n\
  printf 'v2\\0' | mmapcat -w -o 16 data.bin\n\
                                 Patch three bytes at offset 16 in place.\n\
  producer | mmapcat -w --sync log.bin\n\
                                 Store a stream, durably.\n\
"), stdout);
      emit_exit_status (false);
      emit_ancillary_info (PROGRAM_NAME);
    }
  exit (status);
}

/* The number of bytes of the file FD (status ST) named FILE, which can
   be mapped for writing if WRITING: diagnose and exit if it is not a
   file that can be mapped.  */
static intmax_t
mappable_size (int fd, struct stat const *st, char const *file,
               bool writing)
{
  if (S_ISREG (st->st_mode))
    return st->st_size;
  if (S_ISBLK (st->st_mode) && !writing)
    {
      off_t end = lseek (fd, 0, SEEK_END);
      if (end < 0)
        error (EXIT_FAILURE, errno, _("cannot get the size of %s"),
               quoteaf (file));
      return end;
    }
  if (S_ISDIR (st->st_mode))
    error (EXIT_FAILURE, EISDIR, "%s", quoteaf (file));
  if (S_ISFIFO (st->st_mode))
    error (EXIT_FAILURE, 0,
           _("%s: is a FIFO, which cannot be mapped; read it with"
             " fifocat or cat"), quoteaf (file));
  if (S_ISSOCK (st->st_mode))
    error (EXIT_FAILURE, 0,
           _("%s: is a socket, which cannot be mapped"), quoteaf (file));
  error (EXIT_FAILURE, 0,
         writing ? _("%s: not a regular file, which --write needs")
         : _("%s: not a regular file or block device"), quoteaf (file));
  abort ();
}

/* Diagnose the failure with errno ERR of reading the mapping of FD
   (FILE) up to END: the file shrank, or something else.  */
static _Noreturn void
die_shrank (int fd, char const *file, intmax_t end, bool writing, int err)
{
  struct stat st;
  if (fstat (fd, &st) == 0 && st.st_size < end)
    error (EXIT_FAILURE, 0,
           writing ? _("%s: file shrank while being written")
           : _("%s: file shrank while being read"), quoteaf (file));
  if (writing)
    error (EXIT_FAILURE, 0,
           _("cannot write to the mapping of %s: the file system could not"
             " supply a page (is it full?)"), quoteaf (file));
  error (EXIT_FAILURE, err, _("cannot read the mapping of %s"),
         quoteaf (file));
  abort ();
}

static void
read_file (char const *file)
{
  /* O_NONBLOCK, so that opening a FIFO does not wait for a writer.  */
  int fd = open (file, O_RDONLY | O_NOCTTY | O_NONBLOCK);
  if (fd < 0)
    error (EXIT_FAILURE, errno, _("cannot open %s"), quoteaf (file));
  struct stat st;
  if (fstat (fd, &st) != 0)
    error (EXIT_FAILURE, errno, _("cannot stat %s"), quoteaf (file));
  intmax_t size = mappable_size (fd, &st, file, false);
  intmax_t len = memio_window (size, offset, length, quoteaf (file));

  intmax_t pos = offset;
  intmax_t end = offset + len;

  /* Into a pipe, splice hands over the page cache's pages without
     mapping them: the bytes and what the reader sees are those of the
     mapping (see copy_region), at the cost of neither page faults nor
     page tables.  Where it cannot, map what is left.  */
  intmax_t spliced;
  switch (copy_region (fd, pos, len, STDOUT_FILENO, &spliced))
    {
    case COPY_OK:
    case COPY_UNSUPPORTED:
      break;
    case COPY_INTERRUPTED:
      interrupt_exit ();
    case COPY_READ_ERROR:
      if (errno == 0)
        die_shrank (fd, file, end, false, errno);
      error (EXIT_FAILURE, errno, _("error reading %s"), quoteaf (file));
      abort ();
    default:
      write_error (errno);
    }
  pos += spliced;

  while (pos < end)
    {
      /* copy_mapping tests interrupt_signal before each of its calls;
         this loop makes none that can block.  */
      intmax_t chunk_end = pos - pos % READ_CHUNK + READ_CHUNK;
      idx_t n = MIN (end, chunk_end) - pos;
      struct memio_mapping m;
      char *p = memio_map (fd, pos, n, PROT_READ, &m);
      if (!p)
        error (EXIT_FAILURE, errno, _("cannot map %s"), quoteaf (file));
      posix_madvise (m.base, m.len, POSIX_MADV_SEQUENTIAL);
      idx_t written;
      switch (copy_mapping (STDOUT_FILENO, p, n, &written))
        {
        case COPY_OK:
          break;
        case COPY_INTERRUPTED:
          interrupt_exit ();
        case COPY_READ_ERROR:
          die_shrank (fd, file, pos + n, false, errno);
        default:
          write_error (errno);
        }
      /* Unmapping is safe even though a pipe may still refer to the
         pages: it holds references of its own.  */
      memio_unmap (&m);
      pos += n;
    }
  close (fd);
}

/* The state of a --write.  */
struct writer
{
  int fd;
  char const *file;
  intmax_t orig_size;           /* the file's size when opened */
  intmax_t size;                /* its size now, as far as we know */
  intmax_t pos;                 /* where the next byte goes */
  bool exact;                   /* the input's length is known */
  bool copied;                  /* some input is in the file */
  bool created;                 /* this run created the file */
  struct memio_mapping map;     /* the current window */
  char *win;                    /* its first byte, at file offset WSTART */
  intmax_t wstart;
  intmax_t wend;
};

/* The writer whose file trim_at_exit cuts back.  */
static struct writer *active_writer;

/* The permissions of a file that --write creates: those of --mode, or
   0666 less the umask, as for any file a program creates (open
   applies the umask).  Not object_mode: a mapped file is a file, not
   an IPC object.  */
static mode_t
file_mode (void)
{
  return (obj.mode_given ? obj.mode
          : S_IRUSR | S_IWUSR | S_IRGRP | S_IWGRP | S_IROTH | S_IWOTH);
}

/* Open FILE for writing; create it if it is missing, unless
   --no-create.  Set *CREATED if this run created it.  Return the
   descriptor, or -1 with errno set.  */
static int
open_file (char const *file, bool *created)
{
  int flags = O_RDWR | O_NOCTTY | O_NONBLOCK;
  int fd;
  *created = false;
  if (!obj.exclusive)
    {
      fd = open (file, flags);
      if (0 <= fd || errno != ENOENT || !obj.create)
        return fd;
    }
  mode_t saved = object_umask_begin (&obj);
  fd = open (file, flags | O_CREAT | O_EXCL, file_mode ());
  if (0 <= fd)
    *created = true;
  else if (errno == EEXIST && !obj.exclusive)
    {
      /* Made by someone else since we looked, or FILE is a symbolic
         link to a missing file: open it as a plain O_CREAT would.  */
      fd = open (file, flags | O_CREAT, file_mode ());
    }
  int err = errno;
  object_umask_end (saved);
  errno = err;
  return fd;
}

/* Cut W's file back to what it held before, or to the end of what was
   copied into it if that is longer, undoing growth in chunks (and all
   growth if nothing was copied); but not if another process changed
   its size meanwhile.  Return 0, or -1 with errno set.  */
static int
trim (struct writer *w)
{
  intmax_t keep = w->copied ? MAX (w->orig_size, w->pos) : w->orig_size;
  struct stat st;
  if (keep < w->size && fstat (w->fd, &st) == 0 && st.st_size == w->size)
    {
      if (ftruncate (w->fd, keep) != 0)
        return -1;
      w->size = keep;
    }
  return 0;
}

/* At an exit on failure: leave no growth behind that holds no input.
   (A file this run created and that holds nothing is removed after
   this, by cleanup_run.)  */
static void
trim_at_exit (void)
{
  if (active_writer)
    trim (active_writer);
}

/* Flush and unmap W's window.  */
static void
close_window (struct writer *w)
{
  if (!w->win)
    return;
  if (sync_option && msync (w->map.base, w->map.len, MS_SYNC) != 0)
    error (EXIT_FAILURE, errno, _("cannot sync %s"), quoteaf (w->file));
  memio_unmap (&w->map);
  w->win = NULL;
}

/* Copy the N bytes at BUF into the file at W->pos.  */
static void
put (struct writer *w, char const *buf, idx_t n)
{
  /* The end of the input so far: OFFSET plus the bytes already copied
     plus these, if the file can be that long.  */
  intmax_t input = w->pos - offset;
  if (INT_ADD_WRAPV (input, n, &input))
    input = INTMAX_MAX;
  intmax_t end = memio_end (offset, input, quoteaf (w->file));
  if (w->size < end)
    {
      intmax_t newsize = end;
      if (!w->exact && newsize <= TYPE_MAXIMUM (off_t) - GROW_CHUNK)
        newsize += GROW_CHUNK - newsize % GROW_CHUNK;
      if (memio_grow (w->fd, newsize) != 0)
        error (EXIT_FAILURE, errno,
               ngettext ("cannot make %s %jd byte long",
                         "cannot make %s %jd bytes long",
                         select_plural (newsize)),
               quoteaf (w->file), newsize);
      w->size = newsize;
    }

  /* No test of interrupt_signal here: these bytes are taken from the
     input already, and stopping would lose them; the loop makes no
     call that waits for another process.  The caller tests it before
     reading more.  */
  while (0 < n)
    {
      if (! (w->win && w->wstart <= w->pos && w->pos < w->wend))
        {
          close_window (w);
          w->wstart = w->pos - w->pos % MAP_CHUNK;
          w->wend = (w->wstart
                     + MIN (MAP_CHUNK, TYPE_MAXIMUM (off_t) - w->wstart));
          w->win = memio_map (w->fd, w->wstart, w->wend - w->wstart,
                              PROT_READ | PROT_WRITE, &w->map);
          if (!w->win)
            error (EXIT_FAILURE, errno, _("cannot map %s"),
                   quoteaf (w->file));
        }
      idx_t k = MIN (n, w->wend - w->pos);
      /* Allocate the blocks of just these bytes, so that a full file
         system is an error here, not a SIGBUS in the copy.  After an
         interruption it may fail with EINTR: copy anyway.  */
      if (memio_reserve (w->fd, w->pos, k) != 0 && errno != EINTR)
        error (EXIT_FAILURE, errno,
               ngettext ("cannot write %jd byte at offset %jd of %s",
                         "cannot write %jd bytes at offset %jd of %s",
                         select_plural (k)),
               (intmax_t) k, w->pos, quoteaf (w->file));
      memio_prefault (w->win + (w->pos - w->wstart), k);
      if (!memio_copy (w->win + (w->pos - w->wstart), buf, k))
        die_shrank (w->fd, w->file, w->pos + k, true, 0);
      w->pos += k;
      buf += k;
      n -= k;
      if (!w->copied)
        {
          /* The file holds input now: keep it, whatever happens.  */
          w->copied = true;
          if (w->created)
            cleanup_clear ();
        }
    }
}

/* Finish W: unmap, and cut off what growing in chunks added past the
   end of the copied data, but never anything that was there before.  */
static void
finish (struct writer *w)
{
  close_window (w);
  if (trim (w) != 0)
    error (EXIT_FAILURE, errno, _("cannot truncate %s"), quoteaf (w->file));
  active_writer = NULL;
  if (sync_option && w->orig_size != w->size && fdatasync (w->fd) != 0)
    error (EXIT_FAILURE, errno, _("cannot sync %s"), quoteaf (w->file));
  if (close (w->fd) != 0)
    error (EXIT_FAILURE, errno, _("cannot close %s"), quoteaf (w->file));
}

static _Noreturn void
die_too_large (intmax_t input, char const *file)
{
  error (EXIT_FAILURE, 0,
         ngettext ("input of size %jd does not fit in the %jd byte of"
                   " --length at offset %jd of %s; nothing written",
                   "input of size %jd does not fit in the %jd bytes of"
                   " --length at offset %jd of %s; nothing written",
                   select_plural (length)),
         input, length, offset, quoteaf (file));
  abort ();
}

static void
write_file (char const *file)
{
  struct writer w;
  memset (&w, 0, sizeof w);
  w.file = file;

  /* Measure or read the input first when --length limits it, so that
     input that does not fit is known before anything is written.  */
  intmax_t input_len = memio_input_length (STDIN_FILENO);
  char *data = NULL;
  idx_t data_len = 0;
  bool have_data = false;
  if (0 <= length)
    {
      if (0 <= input_len && length < input_len)
        die_too_large (input_len, file);
      if (input_len < 0)
        {
          intmax_t total = memio_slurp (STDIN_FILENO, MIN (length, IDX_MAX),
                                        &data, &data_len);
          if (total < 0)
            {
              interrupt_check ();
              error (EXIT_FAILURE, errno, _("read error"));
            }
          if (length < total)
            die_too_large (total, file);
          have_data = true;
        }
    }

  /* Refuse an input that would end past the largest file offset
     before creating the file, where its length is known.  */
  if (have_data || 0 < input_len)
    memio_end (offset, have_data ? data_len : input_len, quoteaf (file));

  w.fd = open_file (file, &w.created);
  if (w.fd < 0)
    error (EXIT_FAILURE, errno, _("cannot open %s"), quoteaf (file));
  struct stat st;
  if (fstat (w.fd, &st) != 0)
    error (EXIT_FAILURE, errno, _("cannot stat %s"), quoteaf (file));
  /* A file we created and that gets no input because we fail is
     removed at exit; so is any growth that holds no input.  */
  if (w.created)
    cleanup_add_path (file, &st);
  w.orig_size = w.size = mappable_size (w.fd, &st, file, true);
  w.pos = offset;
  active_writer = &w;
  atexit (trim_at_exit);

  if (have_data)
    {
      w.exact = true;
      put (&w, data, data_len);
      free (data);
    }
  else
    {
      w.exact = 0 <= input_len;
      if (w.exact && 0 < input_len)
        {
          /* Grow once, to the exact length.  */
          intmax_t newsize = memio_end (offset, input_len, quoteaf (file));
          if (w.size < newsize)
            {
              if (memio_grow (w.fd, newsize) != 0)
                error (EXIT_FAILURE, errno,
                       ngettext ("cannot make %s %jd byte long",
                                 "cannot make %s %jd bytes long",
                                 select_plural (newsize)),
                       quoteaf (file), newsize);
              w.size = newsize;
            }
        }
      char *buf = ximalloc (INPUT_BUFSIZE);
      intmax_t left = w.exact ? input_len : INTMAX_MAX;
      while (0 < left)
        {
          /* memio_read_some tests interrupt_signal before it reads.  */
          ssize_t n = memio_read_some (STDIN_FILENO, buf,
                                       MIN (left, INPUT_BUFSIZE));
          if (n < 0)
            {
              if (errno == EINTR)
                {
                  /* Everything read is copied: leave the file as long
                     as what was copied (a file this run created and
                     that holds nothing is removed).  */
                  finish (&w);
                  interrupt_exit ();
                }
              error (EXIT_FAILURE, errno, _("read error"));
            }
          if (n == 0)
            break;
          put (&w, buf, n);
          left -= n;
        }
      free (buf);
    }
  finish (&w);
  /* Even an empty file is the result asked for: keep it.  */
  cleanup_clear ();
}

int
main (int argc, char **argv)
{
  bool writing = false;
  int c;

  set_program_name (argv[0]);
  setlocale (LC_ALL, "");
  bindtextdomain (PACKAGE, locale_directory ());
  textdomain (PACKAGE);
  atexit (close_stdout);
  /* Keep descriptors 0, 1 and 2 taken, so that no socket, queue or
     file we open becomes standard input or output by accident.  */
  xstdopen ();

  object_init (&obj);
  /* A created file is a file like any other: 0666 less the umask.  */
  obj.default_mode = OBJECT_FILE_MODE;

  while ((c = getopt_long (argc, argv, CREATE_SHORTOPTS "o:l:w",
                           long_options, NULL))
         != -1)
    {
      if (object_option (&obj, c, optarg))
        continue;
      switch (c)
        {
        case 'o':
          offset = xsize (optarg, 0, TYPE_MAXIMUM (off_t), _("offset"));
          break;
        case 'l':
          length = xsize (optarg, 0, TYPE_MAXIMUM (off_t), _("length"));
          break;
        case 'w':
          writing = true;
          break;
        case SYNC_OPTION:
          sync_option = true;
          break;
        case_GETOPT_HELP_CHAR;
        case_GETOPT_VERSION_CHAR (PROGRAM_NAME, AUTHORS);
        default:
          usage (EXIT_FAILURE);
        }
    }

  if (argc <= optind)
    {
      error (0, 0, _("missing operand"));
      usage (EXIT_FAILURE);
    }
  if (optind + 1 < argc)
    {
      error (0, 0, _("extra operand %s"), quote (argv[optind + 1]));
      usage (EXIT_FAILURE);
    }
  char const *file = argv[optind];
  object_set_path (&obj, file);
  object_finish (&obj, OBJECT_PATH);

  if (!writing)
    {
      if (sync_option)
        error (EXIT_FAILURE, 0, _("--sync applies only with --write"));
      if (obj.mode_given)
        error (EXIT_FAILURE, 0, _("--mode applies only with --write"));
      if (obj.exclusive)
        error (EXIT_FAILURE, 0, _("--exclusive applies only with --write"));
    }

  interrupt_install ();
  memio_sigbus_init ();

  if (writing)
    write_file (file);
  else
    read_file (file);

  return EXIT_SUCCESS;
}
