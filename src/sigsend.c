/* sigsend: send a signal, with an optional sigqueue value, to processes.
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
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "system.h"
#include "xstdopen.h"
#include "ipcutils.h"

#include "c-ctype.h"
#include "safe-read.h"
#include "sigspec.h"

#define PROGRAM_NAME "sigsend"

enum
{
  PIDFILE_OPTION = PROGRAM_OPTION_BASE,
  LOCKED_OPTION
};

/* The digits are options with an optional argument so that getopt
   hands over a negative number ("-123", a process group) whole; see
   the loop in main.  */
static char const short_options[] =
  "lq:s:0::1::2::3::4::5::6::7::8::9::";

static struct option const long_options[] =
{
  {"list", no_argument, NULL, 'l'},
  {"locked", no_argument, NULL, LOCKED_OPTION},
  {"pidfile", required_argument, NULL, PIDFILE_OPTION},
  {"signal", required_argument, NULL, 's'},
  {"value", required_argument, NULL, 'q'},
  {GETOPT_HELP_OPTION_DECL},
  {GETOPT_VERSION_OPTION_DECL},
  {NULL, 0, NULL, 0}
};

/* A process or process group to signal.  */
struct target
{
  char const *arg;              /* the operand, or the pidfile name */
  bool pidfile;                 /* ARG is a pidfile, read at send time */
  pid_t pid;                    /* for kill: PID, 0 or -PGID */
};

void
usage (int status)
{
  if (status != EXIT_SUCCESS)
    emit_try_help ();
  else
    {
      printf (_("\
Usage: %s [-s SIGNAL] [-q VALUE] TARGET...\n\
  or:  %s [-s SIGNAL] [-q VALUE] --pidfile=FILE [TARGET]...\n\
  or:  %s -l [SIGNAL]...\n\
"), program_name, program_name, program_name);
      fputs (_("\
Send a signal to processes, as kill(1) does, optionally with a value\n\
carried by sigqueue(3).\n\
\n\
"), stdout);
      emit_mandatory_arg_note ();
      fputs (_("\
  -s, --signal=SIGNAL   send SIGNAL (default TERM): a name such as USR1,\n\
                          SIGUSR1, usr1, RTMIN+2 or RTMAX-1, or a number;\n\
                          0 sends nothing but checks that TARGET exists\n\
  -q, --value=INT       send with sigqueue(3), carrying the integer INT,\n\
                          which the receiver sees in si_value (sigwait -v);\n\
                          TARGET must then be a single process\n\
      --pidfile=FILE    signal the process whose ID is in FILE\n\
      --locked          signal the process of a pidfile only if it holds a\n\
                          lock on it, as sigwait does: refuse a stale one\n\
  -l, --list            list every signal number and name, real-time ones\n\
                          included; with SIGNALs, convert each name to its\n\
                          number and each number (or exit status above 128)\n\
                          to its name\n\
"), stdout);
      fputs (HELP_OPTION_DESCRIPTION, stdout);
      fputs (VERSION_OPTION_DESCRIPTION, stdout);
      fputs (_("\
\n\
TARGET is a process ID; 0 for the process group of sigsend; or -PGID for\n\
the process group PGID (a negative number is a TARGET, never an option;\n\
a TARGET may also follow \"--\").  Sending to every process (-1) is\n\
refused.  When the signal would reach sigsend itself (a process group of\n\
its own), sigsend blocks it and still reports success.\n\
"), stdout);
      fputs (_("\
\n\
A pidfile must be a regular file, owned by you or root, not writable by\n\
others, nor by its group unless that is your group or root's (the rule\n\
of start-stop-daemon); in a sticky directory that others can write to,\n\
it must be owned by you or the directory's owner, and a symbolic link\n\
too.  A pidfile is refused as stale if a process holds a lock on it but\n\
is not the process it names, or if its process started after the file\n\
was last written (its ID was reused); with --locked, also if no process\n\
holds a lock on it.\n\
"), stdout);
      fputs (_("\
\n\
Examples:\n\
  sigsend 1234                      send TERM to process 1234\n\
  sigsend -s usr1 --pidfile=d.pid   send USR1 to the process in d.pid\n\
  sigsend -s RTMIN+1 -q 42 1234     queue RTMIN+1 with the value 42\n\
  sigsend -s HUP -4321              send HUP to process group 4321\n\
  sigsend -s 0 1234 && echo alive   check that process 1234 exists\n\
  sigsend -l                        list the signals\n\
  sigsend -l 138                    the signal of exit status 138: USR1\n\
"), stdout);
      fputs (_("\
\n\
Exit status:\n\
  0    the signal was sent to every TARGET\n\
  1    a bad SIGNAL or TARGET, or the signal could not be sent to some\n\
       TARGET (no such process, permission denied, unreadable, untrusted\n\
       or stale FILE);\n\
       each failure is diagnosed, naming its TARGET\n\
"), stdout);
      emit_ancillary_info (PROGRAM_NAME);
    }
  exit (status);
}

/* Parse a TARGET operand: a decimal process ID, 0, or -PGID.  Return
   false if it is invalid.  */
static bool
parse_target (char const *arg, pid_t *pid)
{
  char const *p = arg;
  bool negative = *p == '-';
  p += negative;
  if (! *p)
    return false;
  intmax_t n = 0;
  for (; *p; p++)
    {
      if (! c_isdigit (*p))
        return false;
      n = 10 * n + (*p - '0');
      if (INT_MAX < n)
        return false;
    }
  if (negative && n == 0)
    return false;
  *pid = negative ? -n : n;
  return true;
}

/* Whether the pidfile FILE, described by ST, may be trusted: who could
   write it could make sigsend signal any process.  The rule of dpkg's
   start-stop-daemon: owned by us or root; not writable by others; not
   writable by its group unless that is our group or root's.  Diagnose
   it if not.  */
static bool
trusted_pidfile (char const *file, struct stat const *st)
{
  char owner[128];
  if (st->st_uid != geteuid () && st->st_uid != 0)
    error (0, 0, _("refusing pidfile %s: it is owned by %s, neither you"
                   " nor root"),
           quoteaf (file), describe_user (st->st_uid, owner, sizeof owner));
  else if ((st->st_mode & S_IWOTH)
           || ((st->st_mode & S_IWGRP)
               && st->st_gid != getegid () && st->st_gid != 0))
    error (0, 0, _("refusing pidfile %s: other users may write it"
                   " (mode %04o, group %ju)"),
           quoteaf (file), (unsigned int) (st->st_mode & 07777),
           (uintmax_t) st->st_gid);
  else
    return true;
  return false;
}

/* The process that holds a lock on the open file FD (an fcntl lock, as
   sigwait takes), 0 if none, -1 if one does but the kernel does not
   tell which (an open file description lock), -2 if unknown.  */
static pid_t
lock_holder (int fd)
{
  struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET };
  if (fcntl (fd, F_GETLK, &fl) != 0)
    return -2;
  if (fl.l_type == F_UNLCK)
    return 0;
  return 0 < fl.l_pid ? fl.l_pid : -1;
}

/* The time (in seconds since the Epoch) at which process PID started,
   or -1 if unknown.  */
static intmax_t
start_time (pid_t pid)
{
  char name[64];
  char buf[1024];
  intmax_t boot = -1;

  FILE *f = fopen ("/proc/stat", "re");
  if (!f)
    return -1;
  while (fgets (buf, sizeof buf, f))
    if (sscanf (buf, "btime %jd", &boot) == 1)
      break;
  fclose (f);

  snprintf (name, sizeof name, "/proc/%jd/stat", (intmax_t) pid);
  f = fopen (name, "re");
  if (!f)
    return -1;
  size_t n = fread (buf, 1, sizeof buf - 1, f);
  fclose (f);
  buf[n] = '\0';

  /* The fields after the command name, which may hold anything but
     ends with the last ')': field 22 is the start time in clock ticks
     after boot.  */
  char const *p = strrchr (buf, ')');
  long hz = sysconf (_SC_CLK_TCK);
  unsigned long long ticks;
  if (boot < 0 || !p || hz <= 0
      || sscanf (p + 1, " %*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u"
                 " %*u %*u %*d %*d %*d %*d %*d %*d %llu", &ticks) != 1)
    return -1;
  return boot + ticks / hz;
}

/* Whether the process ID PID read from the pidfile FILE, open as FD
   and described by ST, names the process that wrote it.  Diagnose a
   stale pidfile.  */
static bool
live_pidfile (char const *file, int fd, struct stat const *st, pid_t pid,
              bool require_lock)
{
  pid_t holder = lock_holder (fd);
  if (0 < holder && holder != pid)
    {
      error (0, 0, _("refusing stale pidfile %s: it names process %jd,"
                     " but process %jd holds its lock"),
             quoteaf (file), (intmax_t) pid, (intmax_t) holder);
      return false;
    }
  if (holder != 0)
    return true;
  if (require_lock)
    {
      error (0, 0, _("refusing stale pidfile %s: no process holds a lock"
                     " on it (--locked)"), quoteaf (file));
      return false;
    }
  /* No lock: the process must have existed when the file was written.
     Start times have a precision of a second or so.  */
  intmax_t started = start_time (pid);
  if (0 <= started && st->st_mtim.tv_sec + 1 < started)
    {
      error (0, 0, _("refusing stale pidfile %s: process %jd started after"
                     " the file was last written, so its process ID was"
                     " reused"), quoteaf (file), (intmax_t) pid);
      return false;
    }
  return true;
}

/* Read the process ID in the pidfile FILE into *PID, and check that
   the file can be trusted and is not stale (with REQUIRE_LOCK, that a
   process holds its lock).  Never wait: a FIFO in place of the pidfile
   is refused, not waited for.  Diagnose a failure and return false.  */
static bool
read_pidfile (char const *file, pid_t *pid, bool require_lock)
{
  struct stat st;
  int fd = trust_open (file, O_RDONLY | O_NOCTTY | O_NONBLOCK, 0, &st);
  if (fd == TRUST_REFUSED)
    return false;
  if (fd < 0)
    {
      interrupt_check ();
      error (0, errno, _("cannot open pidfile %s"), quoteaf (file));
      return false;
    }
  if (! S_ISREG (st.st_mode))
    {
      error (0, 0, _("refusing pidfile %s: it is not a regular file"),
             quoteaf (file));
      close (fd);
      return false;
    }
  if (! trusted_pidfile (file, &st))
    {
      close (fd);
      return false;
    }

  char buf[64];
  size_t n = safe_read (fd, buf, sizeof buf - 1);
  int read_errno = errno;
  if (n == SAFE_READ_ERROR)
    {
      close (fd);
      interrupt_check ();
      error (0, read_errno, _("cannot read pidfile %s"), quoteaf (file));
      return false;
    }
  buf[n] = '\0';

  /* Digits, with white space around them (a trailing newline).  */
  char const *p = buf;
  while (c_isspace (*p))
    p++;
  char const *start = p;
  while (c_isdigit (*p))
    p++;
  char const *end = p;
  while (c_isspace (*p))
    p++;
  char digits[sizeof buf];
  memcpy (digits, start, end - start);
  digits[end - start] = '\0';
  if (start == end || *p || ! parse_target (digits, pid) || *pid <= 0)
    {
      close (fd);
      error (0, 0, _("pidfile %s does not hold a process ID"),
             quoteaf (file));
      return false;
    }
  bool live = live_pidfile (file, fd, &st, *pid, require_lock);
  close (fd);
  return live;
}

/* Describe the target PID (from pidfile FILE, if not null) in BUF of
   SIZE bytes, for diagnostics.  */
static char const *
describe_target (pid_t pid, char const *file, char *buf, size_t size)
{
  if (file)
    snprintf (buf, size, _("process %jd (from %s)"), (intmax_t) pid,
              quoteaf (file));
  else if (pid == 0)
    snprintf (buf, size, "%s", _("the process group of sigsend"));
  else if (pid < 0)
    snprintf (buf, size, _("process group %jd"), - (intmax_t) pid);
  else
    snprintf (buf, size, _("process %jd"), (intmax_t) pid);
  return buf;
}

/* Print the signal table, one "NUMBER NAME" line per signal.  */
static void
list_all (void)
{
  char name[SIGSPEC_NAME_SIZE];
  int max = sigspec_max ();
  for (int sig = 1; sig <= max; sig++)
    if (sigspec_named (sig))
      printf ("%d %s\n", sig, sigspec_name (sig, name));
}

/* Convert each SIGNAL operand: a name to its number, a number (or an
   exit status 128 + N of a process killed by signal N) to its name.  */
static bool
list_operands (int n_operands, char **operands)
{
  bool ok = true;
  char name[SIGSPEC_NAME_SIZE];
  int max = sigspec_max ();
  for (int i = 0; i < n_operands; i++)
    {
      char const *arg = operands[i];
      if (c_isdigit (arg[0]))
        {
          /* A signal number, 0 included, or an exit status.  A number
             without a name (0, or a real-time signal the C library
             keeps) is printed as it is, as -s takes it.  */
          int sig = sigspec_parse (arg);
          if (sig < 0 && strlen (arg) <= 3
              && strspn (arg, "0123456789") == strlen (arg))
            {
              int status = atoi (arg);
              if (128 < status && status <= 128 + max)
                sig = status - 128;
            }
          if (sig < 0)
            {
              error (0, 0, _("unknown signal %s"), quote (arg));
              ok = false;
              continue;
            }
          puts (sigspec_name (sig, name));
        }
      else
        {
          int sig = sigspec_parse (arg);
          if (sig < 0)
            {
              error (0, 0, _("unknown signal %s"), quote (arg));
              ok = false;
              continue;
            }
          printf ("%d\n", sig);
        }
    }
  return ok;
}

/* What the command line asks for.  */
struct options
{
  bool list;                    /* -l: list signals, send nothing */
  int sig;                      /* -s, or SIGTERM */
  bool signal_given;
  bool queue;                   /* -q: sigqueue with VALUE */
  int value;
  bool require_lock;            /* --locked: signal the process of a
                                   pidfile only if it holds a lock on
                                   the pidfile, as sigwait does */
  struct target *targets;       /* every target, in the order given */
  idx_t n_targets;
  bool bad_target;              /* a "-DIGIT" operand was no target */
  char **operands;              /* the operands after the options */
  int n_operands;
};

/* Parse the options of ARGV into O, with the targets given as "-PGID"
   and --pidfile.  */
static void
parse_options (int argc, char **argv, struct options *o)
{
  o->sig = SIGTERM;
  o->targets = xnmalloc (argc, sizeof *o->targets);

  int c;
  while ((c = getopt_long (argc, argv, short_options, long_options, NULL))
         != -1)
    {
      switch (c)
        {
        case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9':
          {
            /* "-123": a process group.  getopt gave the first digit
               as the option and the others as its argument; it must
               be the whole operand, not "-l5".  */
            char const *arg = argv[optind - 1];
            if (! (arg[0] == '-' && arg[1] == c))
              {
                error (0, 0, _("invalid option -- '%c'"), c);
                usage (EXIT_FAILURE);
              }
            /* A whole operand that starts with "-DIGIT" is a TARGET,
               valid or not ("-0", "-12x").  */
            struct target *t = &o->targets[o->n_targets];
            if (! parse_target (arg, &t->pid))
              {
                error (0, 0, _("invalid target %s: not a process ID, 0"
                               " or -PGID"), quote (arg));
                o->bad_target = true;
                break;
              }
            t->arg = arg;
            t->pidfile = false;
            o->n_targets++;
          }
          break;

        case 'l':
          o->list = true;
          break;

        case 'q':
          o->queue = true;
          o->value = xnumber (optarg, INT_MIN, INT_MAX, _("value"));
          break;

        case 's':
          o->signal_given = true;
          o->sig = xsigspec (optarg);
          break;

        case LOCKED_OPTION:
          o->require_lock = true;
          break;

        case PIDFILE_OPTION:
          {
            struct target *t = &o->targets[o->n_targets++];
            t->arg = optarg;
            t->pidfile = true;
            t->pid = 0;
          }
          break;

        case_GETOPT_HELP_CHAR;

        case_GETOPT_VERSION_CHAR (PROGRAM_NAME, AUTHORS);

        default:
          usage (EXIT_FAILURE);
        }
    }
  o->operands = argv + optind;
  o->n_operands = argc - optind;
}

/* Check O: reject what cannot be combined, and, to send, turn the
   operands into targets and check every one before anything is sent,
   so that a typo does not leave the job half done.  Diagnose and exit
   if something is wrong.  */
static void
check_options (struct options *o)
{
#if !HAVE_SIGQUEUE
  if (o->queue)
    error (EXIT_FAILURE, 0, _("--value is not supported on this system,"
                              " which has no sigqueue"));
#endif

  if (o->list)
    {
      if (o->signal_given || o->queue || o->n_targets != 0 || o->bad_target)
        {
          error (0, 0, _("--list cannot be combined with --signal, --value,"
                         " --pidfile or a negative TARGET"));
          usage (EXIT_FAILURE);
        }
      return;
    }

  bool ok = !o->bad_target;
  for (int i = 0; i < o->n_operands; i++)
    {
      struct target *t = &o->targets[o->n_targets];
      t->arg = o->operands[i];
      t->pidfile = false;
      if (! parse_target (t->arg, &t->pid))
        {
          error (0, 0, _("invalid target %s: not a process ID, 0 or -PGID"),
                 quote (t->arg));
          ok = false;
        }
      else
        o->n_targets++;
    }
  for (idx_t i = 0; i < o->n_targets; i++)
    {
      struct target const *t = &o->targets[i];
      if (t->pidfile)
        continue;
      if (t->pid == -1)
        {
          error (0, 0, _("refusing to signal every process (target -1)"));
          ok = false;
        }
      else if (o->queue && t->pid <= 0)
        {
          error (0, 0, _("--value needs a single process, but target %s"
                         " is a process group"), quote (t->arg));
          ok = false;
        }
    }
  if (!ok)
    exit (EXIT_FAILURE);
  if (o->n_targets == 0)
    {
      error (0, 0, _("missing target"));
      usage (EXIT_FAILURE);
    }
}

/* -l: print the signal table, or convert each SIGNAL operand of O.
   Return the exit status.  */
static int
list_signals (struct options const *o)
{
  if (o->n_operands == 0)
    {
      list_all ();
      return EXIT_SUCCESS;
    }
  return (list_operands (o->n_operands, o->operands)
          ? EXIT_SUCCESS : EXIT_FAILURE);
}

/* Send O's signal to each of its targets, in order, reading pidfiles
   at send time.  Return the exit status.  */
static int
send_signals (struct options const *o)
{
  int sig = o->sig;
  interrupt_install ();

  /* A signal to a process group may reach sigsend itself: block it
     so that sigsend can finish and report (the pending signal goes
     away with the process).  KILL and STOP cannot be blocked and the
     null signal is never delivered.  */
  if (sig != 0 && sig != SIGKILL && sig != SIGSTOP)
    {
      sigset_t set;
      sigemptyset (&set);
      sigaddset (&set, sig);
      sigprocmask (SIG_BLOCK, &set, NULL);
    }

  char signame[SIGSPEC_NAME_SIZE];
  sigspec_name (sig, signame);
  idx_t sent = 0;
  for (idx_t i = 0; i < o->n_targets; i++)
    {
      struct target const *t = &o->targets[i];
      pid_t pid = t->pid;
      /* An interrupting signal that sigsend does not send ends it
         between two targets: it never goes on after it.  */
      interrupt_check ();
      if (t->pidfile && ! read_pidfile (t->arg, &pid, o->require_lock))
        continue;
#if HAVE_SIGQUEUE
      int r = (o->queue
               ? sigqueue (pid, sig,
                           (union sigval) { .sival_int = o->value })
               : kill (pid, sig));
#else
      int r = kill (pid, sig);
#endif
      if (r == 0)
        sent++;
      else
        {
          char what[4096];
          error (0, errno, _("cannot send signal %s to %s"), signame,
                 describe_target (pid, t->pidfile ? t->arg : NULL,
                                  what, sizeof what));
        }
    }

  if (sent == o->n_targets)
    return EXIT_SUCCESS;
  if (sent != 0)
    error (0, 0, ngettext ("signal %s was sent to %td of %td target; the"
                           " others failed as diagnosed above",
                           "signal %s was sent to %td of %td targets; the"
                           " others failed as diagnosed above",
                           select_plural (o->n_targets)),
           signame, sent, o->n_targets);
  return EXIT_FAILURE;
}

int
main (int argc, char **argv)
{
  /* Static, so that the targets are still reachable at exit for leak
     checkers.  */
  static struct options o;

  set_program_name (argv[0]);
  setlocale (LC_ALL, "");
  bindtextdomain (PACKAGE, locale_directory ());
  textdomain (PACKAGE);

  atexit (close_stdout);
  /* Keep descriptors 0, 1 and 2 taken, so that no socket, queue or
     file we open becomes standard input or output by accident.  */
  xstdopen ();

  parse_options (argc, argv, &o);
  check_options (&o);
  return o.list ? list_signals (&o) : send_signals (&o);
}
