/* fifocat: copy a named pipe to standard output, or standard input
   into a named pipe.
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

/* How fifocat opens FIFO, and why:

   1. Unless --no-create, mkfifo it (with the umask cleared when --mode
      is given, so that the mode is exact).  EEXIST is fine unless
      --exclusive.
   2. stat it, following symbolic links as every file utility does, and
      refuse anything but a FIFO before opening it: opening a device can
      have side effects, and a regular file must never be written.
   3. open it without O_CREAT or O_TRUNC, with trust_open: in a shared
      sticky directory such as /tmp, a FIFO (or a symbolic link) that
      another user planted is refused before it is opened, whatever
      fs.protected_fifos says (see trust.c).  If someone replaces the
      FIFO between the stat and the open, the open can neither create
      nor truncate anything; fstat then checks that what was opened is
      a FIFO, and fifocat refuses it before reading or writing a byte.
   The open blocks until the other end is opened, as for any FIFO.
   --timeout bounds that wait with the library's timer (its SIGALRM
   interrupts the open); --timeout=0 opens with O_NONBLOCK instead.

   A FIFO that fifocat created is registered for removal at exit
   before the blocking open, so that a timeout or a signal ending the
   wait removes it: a command that did nothing leaves nothing.  Once
   the FIFO is used (the other end was opened: the open returned, or
   with --timeout=0 a writer was found), it stays, unless --unlink
   was given: then it is removed at exit in every case.
   The library removes the name only if it still names the same FIFO
   (same device and inode, seen with lstat): never a file put in its
   place, nor the target of a symbolic link.  */

#include <config.h>

#include <fcntl.h>
#include <getopt.h>
#include <poll.h>
#include <sys/stat.h>

#include "system.h"
#include "xstdopen.h"
#include "ipcutils.h"
#include "copy.h"

#include "minmax.h"

#define PROGRAM_NAME "fifocat"

static struct option const long_options[] =
{
  {"write", no_argument, NULL, 'w'},
  {"keep-open", no_argument, NULL, 'k'},
  {"lines", no_argument, NULL, 'l'},
  {"unlink", no_argument, NULL, 'u'},
  TIMEOUT_LONGOPTS,
  CREATE_LONGOPTS,
  {GETOPT_HELP_OPTION_DECL},
  {GETOPT_VERSION_OPTION_DECL},
  {NULL, 0, NULL, 0}
};

/* Copy standard input into the FIFO (-w) rather than the FIFO to
   standard output.  */
static bool write_mode;

/* Reading: keep a write end open so that the FIFO never reaches end of
   file between writers (-k).  */
static bool keep_open;

/* Writing: whole lines only, at most PIPE_BUF bytes a write (-l).  */
static bool whole_lines;

/* Remove the FIFO at exit (-u).  */
static bool unlink_at_exit;

/* --timeout: how long to wait for the other end.  */
static struct timeout_option timeout;

/* fifocat created the FIFO, and it is registered for removal at exit
   until it is used.  */
static bool created_unused;

_Noreturn void
usage (int status)
{
  if (status != EXIT_SUCCESS)
    emit_try_help ();
  else
    {
      printf (_("Usage: %s [OPTION]... FIFO\n"), program_name);
      fputs (_("\
Copy the named pipe FIFO to standard output until every writer has\n\
closed it; or, with --write, copy standard input into FIFO.\n\
Create FIFO when it does not exist.\n\
\n"), stdout);
      emit_mandatory_arg_note ();
      fputs (_("\
  -w, --write           copy standard input into FIFO\n\
  -k, --keep-open       when reading, go on reading across successive\n\
                          writers until interrupted\n\
  -l, --lines           when writing, write whole lines only, each write\n\
                          at most PIPE_BUF bytes, so that the lines of\n\
                          concurrent writers never mix\n\
  -u, --unlink          remove FIFO at exit, also when interrupted\n\
                          (without -u, a FIFO that fifocat created is\n\
                          removed only if nobody opened its other end)\n\
"), stdout);
      emit_object_options (OBJECT_PATH, true);
      emit_timeout_option ();
      fputs (HELP_OPTION_DESCRIPTION, stdout);
      fputs (VERSION_OPTION_DESCRIPTION, stdout);
      printf (_("\
\n\
Opening a FIFO waits until another process opens the other end;\n\
--timeout bounds that wait, and --timeout=0 fails at once if no\n\
process has the other end open.  A reader ends when the last writer\n\
closes the FIFO, unless --keep-open.  FIFO must be a FIFO: a regular\n\
file, directory or device in its place is refused without being opened.\n\
In a sticky directory that others can write to (such as /tmp), a FIFO or\n\
symbolic link owned by another user than you or the directory's owner\n\
is refused, as fs.protected_fifos and fs.protected_symlinks would.\n\
A write of at most PIPE_BUF bytes (%d here) is never split by the writes\n\
of other processes; with --lines, a line longer than that is written\n\
in pieces, with a warning.\n\
"), PIPE_BUF);
      printf (_("\
\n\
Examples:\n\
  %s log.fifo > log &  printf 'hello\\n' | %s -w log.fifo\n\
      Copy to the file log what one writer writes.\n\
  %s -k -u log.fifo > log\n\
      Collect what any number of writers write, one after the other or\n\
      at the same time, until interrupted; then remove log.fifo.\n\
  make 2>&1 | %s -w -l log.fifo\n\
      Send lines that never mix with the lines of other writers.\n\
  %s -w --timeout=0 ctl.fifo < msg\n\
      Send msg only if a reader is there now; otherwise exit with 124.\n\
  %s --timeout=5 --mode=600 in.fifo | wc -c\n\
      Make in.fifo if needed, and wait at most 5 seconds for a writer.\n\
"),
              program_name, program_name, program_name, program_name,
              program_name, program_name);
      emit_exit_status (true);
      emit_ancillary_info (PROGRAM_NAME);
    }
  exit (status);
}

/* A description of the type of a file that is not a FIFO.  */
static char const *
file_type (mode_t mode)
{
  if (S_ISREG (mode))
    return _("a regular file");
  if (S_ISDIR (mode))
    return _("a directory");
  if (S_ISCHR (mode))
    return _("a character special file");
  if (S_ISBLK (mode))
    return _("a block special file");
  if (S_ISSOCK (mode))
    return _("a socket");
  return _("not a FIFO");
}

static _Noreturn void
not_a_fifo (char const *name, mode_t mode)
{
  error (EXIT_FAILURE, 0, _("%s is not a FIFO: it is %s"),
         quoteaf (name), file_type (mode));
  abort ();
}

/* With --unlink: remove NAME at exit if it is the FIFO described by
   ST, which is the case only if NAME itself is that FIFO, not a
   symbolic link to it.  */
static void
register_unlink (char const *name, struct stat const *st)
{
  static bool warned;
  struct stat lst;
  if (lstat (name, &lst) == 0
      && lst.st_dev == st->st_dev && lst.st_ino == st->st_ino)
    cleanup_add_path (name, st);
  else if (!warned)
    {
      error (0, 0, _("warning: %s is not itself the FIFO (a symbolic link?):"
                     " it will not be removed"), quoteaf (name));
      warned = true;
    }
}

/* Clear O_NONBLOCK on FD, opened with it.  */
static void
set_blocking (int fd, char const *name)
{
  int flags = fcntl (fd, F_GETFL);
  if (flags < 0 || fcntl (fd, F_SETFL, flags & ~O_NONBLOCK) < 0)
    error (EXIT_FAILURE, errno, _("cannot set %s in blocking mode"),
           quoteaf (name));
}

/* The FIFO is used: the other end was opened.  A FIFO that fifocat
   created now stays, unless --unlink.  */
static void
mark_used (void)
{
  if (created_unused && !unlink_at_exit)
    cleanup_clear ();
  created_unused = false;
}

/* Whether --timeout=0 was given: do not wait at all.  */
static bool
no_wait (void)
{
  return timeout_is_zero (&timeout);
}

/* The time is up with nobody at the other end of NAME: say so as the
   suite's rule says (ipcutils.h), and exit.  */
static _Noreturn void
timed_out (char const *name)
{
  timeout_exit (&timeout, (write_mode ? _("a reader to open %s")
                           : _("a writer to open %s")),
                quoteaf (name));
}

/* Create OBJ's FIFO if needed and allowed, and open it for reading or
   writing, waiting for the other end as --timeout allows.  Return the
   file descriptor, in blocking mode unless --timeout=0 was given.  */
static int
open_fifo (struct ipc_object const *obj)
{
  char const *name = obj->name;
  struct stat st;

  bool created = false;
  int access_mode = write_mode ? W_OK : R_OK;

  if (obj->create)
    {
      mode_t saved = object_umask_begin (obj);
      int r = mkfifo (name, object_mode (obj));
      int err = errno;
      object_umask_end (saved);
      if (r != 0 && (err != EEXIST || obj->exclusive))
        error (EXIT_FAILURE, err, _("cannot create FIFO %s"),
               quoteaf (name));
      created = r == 0;
    }

  if (stat (name, &st) != 0)
    error (EXIT_FAILURE, errno, _("cannot open %s"), quoteaf (name));
  if (!S_ISFIFO (st.st_mode))
    not_a_fifo (name, st.st_mode);

  /* Register the removal before the open, which may wait long, so that
     a timeout or a signal ending the wait removes the FIFO too: one
     that fifocat created (until it is used, or always with -u), or
     with -u one that existed and that this process may open: -u
     removes only a FIFO that fifocat made or opened.  */
  bool registered = false;
  if (created
      || (unlink_at_exit
          && faccessat (AT_FDCWD, name, access_mode, AT_EACCESS) == 0))
    {
      register_unlink (name, &st);
      registered = true;
      created_unused = created;
    }

  int flags = (write_mode ? O_WRONLY : O_RDONLY) | O_NOCTTY | O_CLOEXEC;
  if (no_wait ())
    flags |= O_NONBLOCK;
  else if (timeout.given)
    timeout_arm (timeout.duration);

  int fd;
  struct stat fst;
  for (;;)
    {
      /* A signal that arrives between this check and the open is
         seen only when the open returns.  */
      interrupt_check ();
      fd = trust_open (name, flags, 0, &fst);
      if (0 <= fd)
        break;
      if (fd == TRUST_REFUSED)
        {
          /* Diagnosed.  Remove nothing: fifocat neither made nor
             opened what is there.  */
          cleanup_clear ();
          exit (EXIT_FAILURE);
        }
      int err = errno;
      if (err == EINTR)
        {
          interrupt_check ();
          if (timeout.given && timeout_expired)
            {
              timeout_disarm ();
              timed_out (name);
            }
          continue;
        }
      if (err == ENXIO && write_mode && no_wait ())
        timed_out (name);
      error (EXIT_FAILURE, err, _("cannot open %s"), quoteaf (name));
    }
  if (timeout.given && !no_wait ())
    timeout_disarm ();

  /* The open found the other end, except for a reader that did not
     wait (see check_writer).  */
  if (write_mode || !no_wait ())
    mark_used ();

  /* The name may have been replaced between the stat and the open.  */
  if (!S_ISFIFO (fst.st_mode))
    not_a_fifo (name, fst.st_mode);
  if (unlink_at_exit
      && (!registered
          || fst.st_dev != st.st_dev || fst.st_ino != st.st_ino))
    register_unlink (name, &fst);

  return fd;
}

/* Write all of BUF, SIZE bytes, to the FIFO FD named NAME, or die.  */
static void
write_fifo (int fd, char const *name, char const *buf, idx_t size)
{
  if (write_all (fd, buf, size) == size)
    return;
  interrupt_check ();
  if (errno == EPIPE)
    error (EXIT_FAILURE, 0,
           _("cannot write to %s: no process has it open for reading"),
           quoteaf (name));
  error (EXIT_FAILURE, errno, _("error writing %s"), quoteaf (name));
}

/* Copy standard input into the FIFO FD named NAME, whole lines only:
   each write holds as many whole lines as fit in PIPE_BUF bytes, so
   that it is atomic.  A line longer than PIPE_BUF bytes cannot be
   written atomically: it is written as it comes, with a warning.  An
   unterminated last line is written as it is, atomically if it is
   short enough.  Every line read is written at once: a reader never
   waits for more input to fill a write.  */
static void
copy_lines (int fd, char const *name)
{
  idx_t const bufsize = COPY_BUFSIZE;
  char *buf = xmalloc (bufsize);
  idx_t start = 0;              /* first byte not written */
  idx_t end = 0;                /* end of the data read */
  bool eof = false;
  bool long_line = false;       /* in a line longer than PIPE_BUF */
  bool warned = false;

  for (;;)
    {
      while (start < end)
        {
          char *p = buf + start;
          idx_t avail = end - start;
          char *nl;
          idx_t len;

          if (long_line)
            {
              nl = memchr (p, '\n', avail);
              len = nl ? nl + 1 - p : avail;
              long_line = !nl;
            }
          else if ((nl = memrchr (p, '\n', MIN (avail, PIPE_BUF))))
            len = nl + 1 - p;
          else if (PIPE_BUF <= avail)
            {
              if (!warned)
                {
                  error (0, 0, ngettext ("warning: a line longer than"
                                         " PIPE_BUF (%d byte) cannot be"
                                         " written atomically: other"
                                         " writers' data may split it",
                                         "warning: a line longer than"
                                         " PIPE_BUF (%d bytes) cannot be"
                                         " written atomically: other"
                                         " writers' data may split it",
                                         PIPE_BUF), PIPE_BUF);
                  warned = true;
                }
              long_line = true;
              continue;
            }
          else if (eof)
            len = avail;
          else
            break;              /* a partial line: read the rest */

          write_fifo (fd, name, p, len);
          start += len;
        }
      if (eof)
        break;

      /* Keep the partial line, shorter than PIPE_BUF, and read more.  */
      if (0 < start)
        {
          memmove (buf, buf + start, end - start);
          end -= start;
          start = 0;
        }
      ssize_t n = read (STDIN_FILENO, buf + end, bufsize - end);
      if (n < 0)
        {
          if (errno == EINTR)
            {
              interrupt_check ();
              continue;
            }
          if (would_block (errno))
            {
              /* Standard input was left in non-blocking mode.  */
              struct pollfd p = { .fd = STDIN_FILENO, .events = POLLIN };
              if (0 <= poll (&p, 1, -1))
                continue;
              if (errno == EINTR)
                {
                  interrupt_check ();
                  continue;
                }
            }
          error (EXIT_FAILURE, errno, _("error reading standard input"));
        }
      if (n == 0)
        eof = true;
      end += n;
    }
  free (buf);
}

/* After an interruption: report the loss of the UNWRITTEN bytes read
   from FROM and not written to TO (both quoted as needed), if any.  */
static void
report_unwritten (idx_t unwritten, char const *from, char const *to)
{
  if (unwritten)
    error (0, 0, ngettext ("interrupted: %jd byte read from %s was not"
                           " written to %s",
                           "interrupted: %jd bytes read from %s were not"
                           " written to %s",
                           select_plural (unwritten)),
           (intmax_t) unwritten, from, to);
}

/* Copy standard input into the FIFO FD named NAME.  */
static void
do_write (int fd, char const *name)
{
  idx_t unwritten;
  if (no_wait ())
    set_blocking (fd, name);

  /* The copy engine enlarges both pipes for splice.  */
  if (whole_lines)
    copy_lines (fd, name);
  else
    switch (copy_fd (STDIN_FILENO, fd, NULL, &unwritten))
      {
      case COPY_OK:
        break;
      case COPY_READ_ERROR:
        error (EXIT_FAILURE, errno, _("error reading standard input"));
        break;
      case COPY_READER_GONE:
        error (EXIT_FAILURE, 0,
               _("cannot write to %s: no process has it open for"
                 " reading"), quoteaf (name));
        break;
      case COPY_INTERRUPTED:
        report_unwritten (unwritten, _("standard input"), quoteaf (name));
        interrupt_exit ();
      default:
        error (EXIT_FAILURE, errno, _("error writing %s"), quoteaf (name));
        break;
      }

  if (close (fd) != 0)
    error (EXIT_FAILURE, errno, _("error writing %s"), quoteaf (name));
}

/* --timeout=0 for a reader: FD was opened with O_NONBLOCK.  A read
   tells whether a writer has the FIFO open: end of file means none
   (exit with EXIT_TIMEOUT); EAGAIN means one, which has not written
   yet.  Copy any data read to standard output.  Then put FD back in
   blocking mode.  */
static void
check_writer (int fd, char const *name)
{
  char buf[PIPE_BUF];
  ssize_t n;
  while ((n = read (fd, buf, sizeof buf)) < 0 && errno == EINTR)
    interrupt_check ();
  if (n == 0)
    timed_out (name);
  if (n < 0 && !would_block (errno))
    error (EXIT_FAILURE, errno, _("error reading %s"), quoteaf (name));
  mark_used ();
  if (0 < n)
    xwrite_stdout (buf, n);
  set_blocking (fd, name);
}

/* --keep-open: open a write end of the FIFO that FD reads, and keep
   it open, so that the FIFO has a writer all the time: a read blocks
   between writers instead of reaching end of file.  Reopen the very
   FIFO through /proc, so that a name replaced in the meantime does
   not matter; fall back on the name and check it (also where there is
   no /proc/self/fd: then a name replaced in the meantime makes
   fifocat fail, saying so).  */
static void
hold_write_end (int fd, char const *name)
{
  /* O_NONBLOCK: never wait (there is a reader: this process).  */
  int flags = O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC;
#if HAVE_PROC_SELF_FD
  char proc[64];
  snprintf (proc, sizeof proc, "/proc/self/fd/%d", fd);
  int wfd = open (proc, flags);
#else
  int wfd = -1;
#endif
  if (wfd < 0)
    {
      struct stat st, wst;
      wfd = open (name, flags);
      if (wfd < 0)
        error (EXIT_FAILURE, errno, _("cannot open %s for writing"),
               quoteaf (name));
      if (fstat (fd, &st) != 0 || fstat (wfd, &wst) != 0
          || st.st_dev != wst.st_dev || st.st_ino != wst.st_ino)
        error (EXIT_FAILURE, 0, _("%s was replaced while being opened"),
               quoteaf (name));
    }
  /* WFD stays open until exit, unused.  */
}

/* Copy the FIFO FD named NAME to standard output.  */
static void
do_read (int fd, char const *name)
{
  if (no_wait ())
    check_writer (fd, name);
  if (keep_open)
    hold_write_end (fd, name);

  idx_t unwritten;
  switch (copy_fd (fd, STDOUT_FILENO, NULL, &unwritten))
    {
    case COPY_OK:
      break;
    case COPY_READ_ERROR:
      error (EXIT_FAILURE, errno, _("error reading %s"), quoteaf (name));
      break;
    case COPY_INTERRUPTED:
      report_unwritten (unwritten, quoteaf (name), _("standard output"));
      interrupt_exit ();
    default:
      write_error (errno);
    }
  close (fd);
}

int
main (int argc, char **argv)
{
  static struct ipc_object obj;
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
  while ((c = getopt_long (argc, argv, "wklu" CREATE_SHORTOPTS,
                           long_options, NULL))
         != -1)
    {
      switch (c)
        {
        case 'w':
          write_mode = true;
          break;

        case 'k':
          keep_open = true;
          break;

        case 'l':
          whole_lines = true;
          break;

        case 'u':
          unlink_at_exit = true;
          break;

        case_GETOPT_HELP_CHAR;

        case_GETOPT_VERSION_CHAR (PROGRAM_NAME, AUTHORS);

        default:
          if (!object_option (&obj, c, optarg)
              && !timeout_option (&timeout, c, optarg))
            usage (EXIT_FAILURE);
          break;
        }
    }

  if (optind < argc)
    object_set_path (&obj, argv[optind]);
  if (optind + 1 < argc)
    {
      error (0, 0, _("extra operand %s"), quoteaf (argv[optind + 1]));
      usage (EXIT_FAILURE);
    }
  object_finish (&obj, OBJECT_PATH);

  if (keep_open && write_mode)
    {
      error (0, 0, _("--keep-open applies only when reading"));
      usage (EXIT_FAILURE);
    }
  if (whole_lines && !write_mode)
    {
      error (0, 0, _("--lines applies only when writing (--write)"));
      usage (EXIT_FAILURE);
    }

  interrupt_install ();

  int fd = open_fifo (&obj);
  if (write_mode)
    do_write (fd, obj.name);
  else
    do_read (fd, obj.name);

  free (obj.name);
  return EXIT_SUCCESS;
}
