/* shmcat -- write a shared memory segment to standard output, or fill
   it from standard input.
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
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/shm.h>
#include <sys/stat.h>

#include "system.h"
#include "xstdopen.h"
#include "ipcutils.h"
#include "copy.h"
#include "memio.h"

#include "intprops.h"
#include "minmax.h"

#define PROGRAM_NAME "shmcat"

/* The segment named on the command line.  */
static struct ipc_object obj;

/* -o, -l (negative when not given) and -s (likewise).  */
static intmax_t offset;
static intmax_t length = -1;
static intmax_t size_option = -1;

/* --remove.  */
static bool remove_at_exit;

/* An open segment.  */
struct segment
{
  intmax_t size;                /* its size in bytes */
  int id;                       /* System V: its identifier */
  int fd;                       /* POSIX: its descriptor */
  char *addr;                   /* System V: where it is attached */
  struct memio_mapping map;     /* POSIX: the mapped window */
};

static struct option const long_options[] =
{
  OBJECT_LONGOPTS,
  CREATE_LONGOPTS,
  {"offset", required_argument, NULL, 'o'},
  {"length", required_argument, NULL, 'l'},
  {"write", no_argument, NULL, 'w'},
  {"size", required_argument, NULL, 's'},
  {"remove", no_argument, NULL, 'R'},
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
      printf (_("Usage: %s [OPTION]...\n"), program_name);
      fputs (_("\
Write a shared memory segment to standard output, or with --write copy\n\
standard input into it.\n\
"), stdout);
      putchar ('\n');
      emit_mandatory_arg_note ();
      emit_object_options (OBJECT_SYSV | OBJECT_POSIX, true);
      fputs (_("\
  -o, --offset=BYTES    start at byte BYTES of the segment (default 0)\n\
  -l, --length=BYTES    read BYTES bytes (default: up to the end); with\n\
                          --write, fail unless the input fits in BYTES\n\
  -w, --write           copy standard input into the segment at the\n\
                          offset, creating the segment if it is missing\n\
  -s, --size=BYTES      the size of a segment that --write creates\n\
                          (default: the offset plus the input's length,\n\
                          or plus BYTES of --length)\n\
  -R, --remove          remove the segment when done: once its data is\n\
                          written out, or once the input is in it\n\
"), stdout);
      fputs (HELP_OPTION_DESCRIPTION, stdout);
      fputs (VERSION_OPTION_DESCRIPTION, stdout);
      fputs (_("\
\n\
BYTES may have a suffix: K, M, G, T, P, E (powers of 1024, also written\n\
KiB, MiB...) or KB, MB, GB, TB, PB, EB (powers of 1000).\n\
\n\
Reading never creates a segment.  Writing never changes the size of an\n\
existing segment: input that does not fit is an error, and then nothing\n\
is written.  --mode, --no-create and --exclusive apply to --write.\n\
POSIX objects live in /dev/shm; System V segments are listed by ipcs -m.\n\
"), stdout);
      fputs (_("\
\n\
Examples:\n\
  shmcat -k 1234 > dump          Save the segment with key 1234.\n\
  shmcat -i \"$(ipcmk -M 4096 | awk '{print $NF}')\" | od -c\n\
                                 Show a segment made by ipcmk.\n\
  date | shmcat -w -p clock -s 4K\n\
                                 Create the POSIX object /clock of 4 KiB\n\
                                 (if missing) and write the date into it.\n\
  printf 'ok\\0' | shmcat -w -k 1234 -o 64\n\
                                 Patch three bytes at offset 64.\n\
  shmcat -p clock -l 29 -R       Print the date back, remove the object.\n\
"), stdout);
      emit_exit_status (false);
      emit_ancillary_info (PROGRAM_NAME);
    }
  exit (status);
}

/* Diagnose a segment that does not exist.  */
static _Noreturn void
die_missing (void)
{
  error (EXIT_FAILURE, 0, _("no such segment: %s"), object_describe (&obj));
  abort ();
}

/* Open the existing segment into SEG, for writing if WRITING: find its
   identifier or descriptor and its size.  Return false if it does not
   exist.  */
static bool
open_existing (struct segment *seg, bool writing)
{
  memset (seg, 0, sizeof *seg);
  seg->fd = -1;

  if (obj.kind == OBJ_POSIX)
    {
      seg->fd = shm_open (obj.name, writing ? O_RDWR : O_RDONLY, 0);
      if (seg->fd < 0)
        {
          if (errno == ENOENT)
            return false;
          error (EXIT_FAILURE, errno, _("cannot open %s"),
                 object_describe (&obj));
        }
      struct stat st;
      if (fstat (seg->fd, &st) != 0)
        error (EXIT_FAILURE, errno, _("cannot get the size of %s"),
               object_describe (&obj));
      seg->size = st.st_size;
      return true;
    }

  if (obj.kind == OBJ_KEY)
    {
      seg->id = shmget (obj.key, 0, 0);
      if (seg->id < 0)
        {
          if (errno == ENOENT)
            return false;
          error (EXIT_FAILURE, errno, _("cannot get segment %s"),
                 object_describe (&obj));
        }
    }
  else
    seg->id = obj.id;

  struct shmid_ds ds;
  if (shmctl (seg->id, IPC_STAT, &ds) != 0)
    {
      if (errno == EINVAL || errno == EIDRM)
        {
          if (obj.kind == OBJ_ID)
            die_missing ();
          return false;
        }
      error (EXIT_FAILURE, errno, _("cannot get the size of %s"),
             object_describe (&obj));
    }
  seg->size = ds.shm_segsz;
  return true;
}

/* Create the segment into SEG with SIZE bytes.  Return false if it
   exists already (someone made it since open_existing looked).  */
static bool
create_segment (struct segment *seg, intmax_t size)
{
  memset (seg, 0, sizeof *seg);
  seg->fd = -1;
  seg->size = size;

  if (obj.kind == OBJ_POSIX)
    {
      mode_t saved = object_umask_begin (&obj);
      seg->fd = shm_open (obj.name, O_RDWR | O_CREAT | O_EXCL,
                          object_mode (&obj));
      int err = errno;
      object_umask_end (saved);
      if (seg->fd < 0)
        {
          if (err == EEXIST && !obj.exclusive)
            return false;
          error (EXIT_FAILURE, err, _("cannot create %s"),
                 object_describe (&obj));
        }
      /* Until it holds the input, a failure or a signal removes it.  */
      cleanup_add_posix_shm (obj.name);
      /* Sparse, as ftruncate makes it: the pages are taken when they
         are written (fill_segment), not for the whole size.  */
      if (memio_grow (seg->fd, size) != 0)
        error (EXIT_FAILURE, errno,
               ngettext ("cannot make %s %jd byte long (is /dev/shm full?)",
                         "cannot make %s %jd bytes long (is /dev/shm full?)",
                         select_plural (size)),
               object_describe (&obj), size);
      return true;
    }

  if (size == 0)
    error (EXIT_FAILURE, 0,
           _("cannot create %s with 0 bytes: System V segments have at"
             " least one; give --size or some input"),
           object_describe (&obj));
  if (SIZE_MAX < size)
    error (EXIT_FAILURE, 0, _("segment size %jd is too large"), size);

  seg->id = shmget (obj.key, size, IPC_CREAT | IPC_EXCL | object_mode (&obj));
  if (seg->id < 0)
    {
      int err = errno;
      intmax_t limit;
      if (err == EEXIST && !obj.exclusive)
        return false;
      /* Linux's defaults for shmmax and shmall, ULONG_MAX - 2^24,
         mean no limit: INTMAX_MAX.  */
      if (err == EINVAL
          && (limit = proc_limit (_PATH_PROC_IPC_SHMMAX, INTMAX_MAX)) < size)
        error (EXIT_FAILURE, 0,
               ngettext ("cannot create %s: size %jd exceeds the limit of"
                         " %jd byte per segment (kernel.shmmax)",
                         "cannot create %s: size %jd exceeds the limit of"
                         " %jd bytes per segment (kernel.shmmax)",
                         select_plural (limit)),
               object_describe (&obj), size, limit);
      if (err == ENOSPC)
        {
          intmax_t shmall = proc_limit (_PATH_PROC_IPC_SHMALL, INTMAX_MAX);
          error (EXIT_FAILURE, 0,
                 ngettext ("cannot create %s of size %jd: the system's limit"
                           " on shared memory (kernel.shmall, %jd page) or on"
                           " segments (kernel.shmmni, %jd) is reached",
                           "cannot create %s of size %jd: the system's limit"
                           " on shared memory (kernel.shmall, %jd pages) or on"
                           " segments (kernel.shmmni, %jd) is reached",
                           select_plural (shmall)),
                 object_describe (&obj), size, shmall,
                 proc_limit (_PATH_PROC_IPC_SHMMNI, 4096));
        }
      error (EXIT_FAILURE, err, _("cannot create %s"),
             object_describe (&obj));
    }
  /* Until it holds the input, a failure or a signal removes it.  */
  cleanup_add_sysv_shm (seg->id);
  return true;
}

/* Make the LEN bytes at OFFSET of SEG accessible (LEN > 0), writable if
   WRITING, and return their address.  */
static char *
map_segment (struct segment *seg, idx_t len, bool writing)
{
  if (obj.kind == OBJ_POSIX)
    {
      char *p = memio_map (seg->fd, offset, len,
                           PROT_READ | (writing ? PROT_WRITE : 0),
                           &seg->map);
      if (!p)
        error (EXIT_FAILURE, errno, _("cannot map %s"),
               object_describe (&obj));
      return p;
    }

  void *p = shmat (seg->id, NULL, writing ? 0 : SHM_RDONLY);
  if (p == (void *) -1)
    error (EXIT_FAILURE, errno,
           writing ? _("cannot attach %s for writing")
           : _("cannot attach %s"), object_describe (&obj));
  seg->addr = p;
  return seg->addr + offset;
}

/* Whether standard output is written out.  Everything went out with
   write or vmsplice, so the stream holds nothing; a file system that
   reports a deferred write error does so when a descriptor of the
   file is closed (NFS writes back at every close), so close a
   duplicate.  close_stdout closes the output itself at exit.  */
static bool
output_flushed (void)
{
  if (fflush (stdout) != 0 || ferror (stdout))
    return false;
  int fd = dup (STDOUT_FILENO);
  return 0 <= fd && close (fd) == 0;
}

/* --remove: remove SEG, now that its use succeeded.  */
static void
remove_segment (struct segment const *seg)
{
  if (!remove_at_exit)
    return;
  if (obj.kind == OBJ_POSIX ? shm_unlink (obj.name) != 0
      : shmctl (seg->id, IPC_RMID, NULL) != 0)
    error (EXIT_FAILURE, errno, _("cannot remove %s"),
           object_describe (&obj));
}

/* Diagnose input of INPUT bytes that does not fit in the CAPACITY
   bytes at OFFSET.  */
static _Noreturn void
die_too_large (intmax_t input, intmax_t capacity)
{
  error (EXIT_FAILURE, 0,
         ngettext ("input of size %jd does not fit in %s: %jd byte"
                   " available at offset %jd; nothing written",
                   "input of size %jd does not fit in %s: %jd bytes"
                   " available at offset %jd; nothing written",
                   select_plural (capacity)),
         input, object_describe (&obj), capacity, offset);
  abort ();
}

static _Noreturn void
die_shrank (bool writing)
{
  error (EXIT_FAILURE, 0,
         writing ? _("%s: segment shrank while being written")
         : _("%s: segment shrank while being read"),
         object_describe (&obj));
  abort ();
}

static void
read_segment (void)
{
  struct segment seg;
  if (!open_existing (&seg, false))
    die_missing ();
  intmax_t len = memio_window (seg.size, offset, length,
                               object_describe (&obj));
  if (IDX_MAX < len)
    error (EXIT_FAILURE, 0, ngettext ("%jd byte is too many to map",
                                      "%jd bytes are too many to map",
                                      select_plural (len)), len);

  /* A POSIX segment into a pipe: splice hands over the segment's pages
     without mapping them, which spares the page faults and page tables
     of a mapping; the bytes, and what the reader sees, are the same
     (see copy_region).  A System V segment has no descriptor to splice
     from, and anything left over is mapped.  */
  intmax_t done = 0;
  if (obj.kind == OBJ_POSIX && len)
    switch (copy_region (seg.fd, offset, len, STDOUT_FILENO, &done))
      {
      case COPY_OK:
      case COPY_UNSUPPORTED:
        break;
      case COPY_INTERRUPTED:
        interrupt_exit ();
      case COPY_READ_ERROR:
        if (errno == 0)
          die_shrank (false);
        error (EXIT_FAILURE, errno, _("error reading %s"),
               object_describe (&obj));
        abort ();
      default:
        write_error (errno);
      }
  char *p = done < len ? map_segment (&seg, len, false) : NULL;

  /* Send the window a piece at a time, and drop each piece from our
     page tables once it is sent, so that memory use stays flat
     whatever the size.  The segment keeps its data, and a pipe its
     references to the pages (see copy_mapping).  4 MiB pieces are as
     fast as 64 MiB ones (measured for 1 GiB), with a sixteenth of the
     peak memory.  */
  enum { PIECE = 4 * 1024 * 1024 };
  uintptr_t page = getpagesize ();
  while (done < len)
    {
      /* copy_mapping tests interrupt_signal before each of its calls:
         a signal ends shmcat with the segment kept.  */
      idx_t n = MIN (PIECE, len - done);
      idx_t written;
      switch (copy_mapping (STDOUT_FILENO, p + done, n, &written))
        {
        case COPY_OK:
          break;
        case COPY_INTERRUPTED:
          interrupt_exit ();
        case COPY_READ_ERROR:
          die_shrank (false);
        default:
          write_error (errno);
        }
      uintptr_t lo = ((uintptr_t) (p + done) + page - 1) & ~(page - 1);
      uintptr_t hi = (uintptr_t) (p + done + n) & ~(page - 1);
      if (lo < hi)
        madvise ((void *) lo, hi - lo, MADV_DONTNEED);
      done += n;
    }

  /* With --remove, the segment goes only once its data is out.  */
  if (remove_at_exit && !output_flushed ())
    write_error (errno);
  remove_segment (&seg);
}

/* Copy the input into SEG, whose window at OFFSET holds CAPACITY
   bytes.  The input is DATA (DATA_LEN bytes) if HAVE_DATA, or else the
   regular file on standard input, of INPUT_LEN bytes.  */
static void
fill_segment (struct segment *seg, intmax_t capacity, bool have_data,
              char const *data, idx_t data_len, intmax_t input_len)
{
  intmax_t n = have_data ? data_len : input_len;
  if (capacity < n)
    die_too_large (n, capacity);
  if (IDX_MAX < n)
    error (EXIT_FAILURE, 0, ngettext ("%jd byte is too many to map",
                                      "%jd bytes are too many to map",
                                      select_plural (n)), n);

  if (0 < n)
    {
      char *p = map_segment (seg, n, true);
      /* Take the pages of the bytes written, and only those: a POSIX
         object stays sparse before OFFSET, and a full /dev/shm is an
         error here, not a SIGBUS in the copy.  A System V segment
         takes its pages when they are first written.  */
      if (obj.kind == OBJ_POSIX && memio_reserve (seg->fd, offset, n) != 0)
        {
          interrupt_check ();
          error (EXIT_FAILURE, errno,
                 ngettext ("cannot write %jd byte at offset %jd of %s",
                           "cannot write %jd bytes at offset %jd of %s",
                           select_plural (n)),
                 n, offset, object_describe (&obj));
        }
      memio_prefault (p, n);
      if (have_data)
        {
          if (!memio_copy (p, data, n))
            die_shrank (true);
        }
      else
        {
          /* Regular-file input, read straight into the segment;
             memio_read stops at an interruption.  */
          int err;
          memio_read (STDIN_FILENO, p, n, &err);
          if (err == EFAULT)
            die_shrank (true);
          if (err)
            {
              interrupt_check ();
              error (EXIT_FAILURE, err, _("read error"));
            }
        }
    }

  /* The segment holds the input: keep it, even if created.  */
  cleanup_clear ();
}

static void
write_segment (void)
{
  /* A regular file on standard input is measured and then read into
     the segment directly; anything else is read into memory first,
     so that input that does not fit is known before anything is
     written.  */
  intmax_t input_len = memio_input_length (STDIN_FILENO);
  bool have_data = false;
  char *data = NULL;
  idx_t data_len = 0;
  struct segment seg;

  for (;;)
    {
      if (!obj.exclusive && open_existing (&seg, true))
        {
          intmax_t capacity = memio_window (seg.size, offset, length,
                                            object_describe (&obj));
          if (input_len < 0 && !have_data)
            {
              intmax_t total = memio_slurp (STDIN_FILENO,
                                            MIN (capacity, IDX_MAX),
                                            &data, &data_len);
              if (total < 0)
                {
                  interrupt_check ();
                  error (EXIT_FAILURE, errno, _("read error"));
                }
              if (capacity < total)
                die_too_large (total, capacity);
              have_data = true;
            }
          fill_segment (&seg, capacity, have_data, data, data_len,
                        input_len);
          break;
        }

      /* Nothing is created before this point.  */
      if (!obj.create)
        die_missing ();

      /* With --size, the window is known before the input is read,
         and input past it need not be kept.  */
      intmax_t keep = IDX_MAX;
      if (0 <= size_option)
        keep = memio_window (size_option, offset, length,
                             object_describe (&obj));
      else if (0 <= length)
        keep = length;
      if (input_len < 0 && !have_data)
        {
          intmax_t total = memio_slurp (STDIN_FILENO, MIN (keep, IDX_MAX),
                                        &data, &data_len);
          if (total < 0)
            {
              interrupt_check ();
              error (EXIT_FAILURE, errno, _("read error"));
            }
          if (keep < total)
            die_too_large (total, keep);
          have_data = true;
        }
      intmax_t n = have_data ? data_len : input_len;
      if (keep < n)
        die_too_large (n, keep);

      intmax_t size = (0 <= size_option ? size_option
                       : memio_end (offset, 0 <= length ? length : n,
                                    object_describe (&obj)));
      intmax_t capacity = MIN (keep, size - offset);

      if (create_segment (&seg, size))
        {
          fill_segment (&seg, capacity, have_data, data, data_len,
                        input_len);
          break;
        }
      /* Someone created it meanwhile: write into theirs.  */
    }
  free (data);
  remove_segment (&seg);
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

  while ((c = getopt_long (argc, argv,
                           OBJECT_SHORTOPTS CREATE_SHORTOPTS "o:l:ws:R",
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
        case 's':
          size_option = xsize (optarg, 0, TYPE_MAXIMUM (off_t), _("size"));
          break;
        case 'R':
          remove_at_exit = true;
          break;
        case_GETOPT_HELP_CHAR;
        case_GETOPT_VERSION_CHAR (PROGRAM_NAME, AUTHORS);
        default:
          usage (EXIT_FAILURE);
        }
    }

  if (optind < argc)
    {
      error (0, 0, _("extra operand %s"), quote (argv[optind]));
      usage (EXIT_FAILURE);
    }

  object_finish (&obj, OBJECT_SYSV | OBJECT_POSIX);

  if (!writing)
    {
      if (0 <= size_option)
        error (EXIT_FAILURE, 0, _("--size applies only with --write"));
      if (obj.mode_given)
        error (EXIT_FAILURE, 0, _("--mode applies only with --write"));
      if (obj.exclusive)
        error (EXIT_FAILURE, 0, _("--exclusive applies only with --write"));
    }

  interrupt_install ();
  memio_sigbus_init ();

  if (writing)
    write_segment ();
  else
    read_segment ();

  return EXIT_SUCCESS;
}
