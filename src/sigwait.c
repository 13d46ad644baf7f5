/* sigwait: wait for signals and print their names.
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

/* The signals are blocked first and then taken with sigwaitinfo or
   sigtimedwait, never through a handler: a signal sent at any moment
   after the signals are blocked (when the pidfile appears, when COMMAND
   starts) waits as pending until it is taken, and real-time signals
   keep their queue.  SIGINT, SIGTERM and SIGHUP, when not waited for,
   are taken the same way and end sigwait through the suite's interrupt
   policy; taking them with sigwaitinfo rather than through their
   handlers leaves no window between a check and the wait.  */

#include <config.h>

#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>

#include "system.h"
#include "xstdopen.h"
#include "ipcutils.h"

#include "intprops.h"
#include "sigspec.h"
#include "timespec.h"

#define PROGRAM_NAME "sigwait"


enum
{
  PIDFILE_OPTION = PROGRAM_OPTION_BASE
};

static struct option const long_options[] =
{
  {"count", required_argument, NULL, 'c'},
  {"follow", no_argument, NULL, 'f'},
  {"pidfile", required_argument, NULL, PIDFILE_OPTION},
  TIMEOUT_LONGOPTS,
  {"verbose", no_argument, NULL, 'v'},
  {GETOPT_HELP_OPTION_DECL},
  {GETOPT_VERSION_OPTION_DECL},
  {NULL, 0, NULL, 0}
};

/* What the command line asks for.  */
struct options
{
  intmax_t count;               /* -c: signals to wait for */
  bool follow;                  /* -f: wait until interrupted */
  bool verbose;                 /* -v: print the details of each */
  char const *pidfile;          /* --pidfile, or null */
  struct timeout_option timeout;
  sigset_t wanted;              /* the SIGNAL operands */
  char **command;               /* COMMAND [ARG]..., or null */
};

/* Signals whose disposition interrupt_install or sigwait change, and
   their dispositions at startup, given back to COMMAND.  */
static int const restored_signals[] =
  { SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGALRM, SIGCHLD };
enum { N_RESTORED = sizeof restored_signals / sizeof *restored_signals };

/* The state of a sigwait that waits: its options, what it waits for,
   and its COMMAND.  */
struct waiter
{
  struct options const *o;
  /* What sigwaitinfo takes: the wanted signals, SIGCHLD to notice
     that COMMAND failed, and the interrupting signals.  */
  sigset_t waitset;
  /* The interrupting signals that are taken with sigwaitinfo but not
     waited for: unblocked while a line is written, so that they end
     a write to an output that does not drain.  */
  sigset_t interrupting_set;
  bool chld_internal;           /* SIGCHLD is in WAITSET only to watch
                                   COMMAND */
  sigset_t orig_mask;           /* the mask at startup, for COMMAND */
  struct sigaction restored_actions[N_RESTORED]; /* the dispositions of
                                   restored_signals at startup */
  struct timespec deadline;     /* of --timeout, on CLOCK_MONOTONIC */
  bool watch_output;            /* standard output is a pipe or socket,
                                   whose reader may leave */
  pid_t child;                  /* COMMAND while not reaped, or 0 */
  char pid_env[INT_BUFSIZE_BOUND (intmax_t)]; /* SIGWAIT_PID for it */
};

void
usage (int status)
{
  if (status != EXIT_SUCCESS)
    emit_try_help ();
  else
    {
      printf (_("\
Usage: %s [OPTION]... SIGNAL... [-- COMMAND [ARG]...]\n\
"), program_name);
      fputs (_("\
Block the SIGNALs, then wait for one of them and print its name as\n\
\"kill -l\" does (USR1, RTMIN+2) on a line.  With COMMAND, run it once the\n\
signals are blocked, then wait: a signal that COMMAND provokes can never\n\
arrive too early.\n\
\n\
"), stdout);
      emit_mandatory_arg_note ();
      fputs (_("\
  -c, --count=N         wait for N signals, printing a line for each\n\
  -f, --follow          print a line for every signal until interrupted\n\
      --pidfile=FILE    write the process ID of sigwait to FILE once the\n\
                          signals are blocked (a sender may signal as soon\n\
                          as FILE exists), hold a lock on it while sigwait\n\
                          lives, and remove FILE at exit\n\
"), stdout);
      emit_timeout_option ();
      fputs (_("\
                          (DURATION counts from when the signals are\n\
                          blocked, for all of them; with --follow, sigwait\n\
                          stops after DURATION)\n\
  -v, --verbose         also print the number, origin, sender and value\n\
                          of each signal (see below)\n\
"), stdout);
      fputs (HELP_OPTION_DESCRIPTION, stdout);
      fputs (VERSION_OPTION_DESCRIPTION, stdout);
      fputs (_("\
\n\
SIGNAL is a name with or without SIG, in any case (USR1, SIGUSR1, usr1,\n\
RTMIN+2, RTMAX-1), or a number.  KILL and STOP cannot be waited for.\n\
Signals that the caller ignores (trap '' USR1) are waited for all the\n\
same.  A standard signal sent several times before sigwait takes it\n\
arrives once; real-time signals are queued, and none is lost.  Options\n\
must come before the first SIGNAL.\n\
"), stdout);
      fputs (_("\
\n\
With --verbose, each line has the form\n\
  NAME NUMBER ORIGIN [pid=PID uid=UID] [value=INT] [status=N]\n\
where ORIGIN is user (kill), queue (sigqueue), tkill (raise, tgkill),\n\
kernel, timer, mesgq, asyncio or sigio; for CHLD exited, killed, dumped,\n\
trapped, stopped or continued; otherwise the si_code number.  pid= and\n\
uid= name the sender when the kernel knows it, value= is the value sent\n\
with sigqueue (sigsend -q), status= is the exit status or signal of a\n\
CHLD.  Every line is written out as soon as its signal arrives.\n\
"), stdout);
      fputs (_("\
\n\
COMMAND runs with the SIGNALs unblocked and at their default actions, and\n\
with SIGWAIT_PID set to the process ID of sigwait, for a request that\n\
wants an answer.  sigwait prints the signals as they arrive without\n\
waiting for COMMAND to end.  If COMMAND fails (exits with a status other\n\
than 0, or is killed) while sigwait still waits, sigwait exits with\n\
status 1.\n\
"), stdout);
      emit_exit_status (true);
      fputs (_("\
  126  COMMAND was found but could not be run\n\
  127  COMMAND was not found\n\
An interrupting signal (INT, TERM, HUP) that is not waited for ends\n\
sigwait: it removes its pidfile and dies of that signal.\n\
"), stdout);
      fputs (_("\
\n\
Examples:\n\
  sigwait USR1                   wait for USR1\n\
  sigwait --pidfile=w.pid -c 3 RTMIN\n\
                                 wait for three RTMIN signals\n\
  sigwait -f -v USR1 USR2        print every USR1 and USR2, and who sent it\n\
  sigwait USR2 -- sh -c 'sigsend -s USR1 -q $SIGWAIT_PID --pidfile=s.pid'\n\
                                 ask the server in s.pid, telling it whom to\n\
                                 answer, then wait for its answer\n\
"), stdout);
      emit_ancillary_info (PROGRAM_NAME);
    }
  exit (status);
}

/* Add the signal SPEC to *WANTED, or diagnose it and exit.  */
static void
add_signal (sigset_t *wanted, char const *spec)
{
  int sig = sigspec_parse (spec);
  if (sig < 0)
    {
      if (spec[0] == '-')
        error (EXIT_FAILURE, 0,
               _("unknown signal %s (options must come before the signals)"),
               quote (spec));
      error (EXIT_FAILURE, 0, _("unknown signal %s"), quote (spec));
    }

  char name[SIGSPEC_NAME_SIZE];
  sigspec_name (sig, name);
  if (sig == 0)
    error (EXIT_FAILURE, 0,
           _("cannot wait for signal 0: it only checks that a process"
             " exists, and is never delivered"));
  if (sig == SIGKILL || sig == SIGSTOP)
    error (EXIT_FAILURE, 0,
           _("cannot wait for %s: it cannot be caught or blocked"), name);
  if (sigaddset (wanted, sig) != 0)
    error (EXIT_FAILURE, 0,
           _("cannot wait for signal %s: the C library reserves it"), name);
}

/* If SIG's disposition is to be ignored, make it the default.  The
   default action is harmless while SIG is blocked, and an ignored
   signal may be discarded as it is sent, blocked or not.  */
static void
unignore (int sig)
{
  struct sigaction sa;
  if (sigaction (sig, NULL, &sa) == 0 && sa.sa_handler == SIG_IGN)
    {
      memset (&sa, 0, sizeof sa);
      sigemptyset (&sa.sa_mask);
      sa.sa_handler = SIG_DFL;
      sigaction (sig, &sa, NULL);
    }
}

/* Write our process ID to FILE when it is complete: into a new
   temporary file beside it (mkostemp: O_EXCL, so no symlink is
   followed), renamed over FILE (rename replaces a symlink, never
   follows it).  Before the rename, take a write lock on the whole file
   (an fcntl lock: F_GETLK tells others which process holds it), so
   that the file is locked as soon as it appears, for as long as
   sigwait lives: sigsend tells a live pidfile from a stale one by it.
   The descriptor stays open until exit, so that the inode cannot be
   reused: the removal at exit, which checks that FILE is still that
   device and inode, never removes another file that took its name,
   even one that got the same inode number.  Register FILE for removal
   at exit; the lock is released only when the process ends, after
   the removal.  */
static void
write_pidfile (char const *file)
{
  idx_t len = strlen (file);
  char *tmp = ximalloc (len + sizeof ".XXXXXX");
  memcpy (tmp, file, len);
  strcpy (tmp + len, ".XXXXXX");

  int fd = mkostemp (tmp, O_CLOEXEC);
  if (fd < 0)
    error (EXIT_FAILURE, errno, _("cannot create pidfile %s"),
           quoteaf (file));

  mode_t mask = umask (0);
  umask (mask);
  char buf[INT_BUFSIZE_BOUND (intmax_t) + 1];
  int n = sprintf (buf, "%jd\n", (intmax_t) getpid ());
  struct stat st;
  struct flock lock = { .l_type = F_WRLCK, .l_whence = SEEK_SET };
  bool ok = (fchmod (fd, (S_IRUSR | S_IWUSR | S_IRGRP | S_IROTH) & ~mask)
             == 0
             && write_all (fd, buf, n) == n
             && fcntl (fd, F_SETLK, &lock) == 0
             && fstat (fd, &st) == 0);
  int err = errno;
  if (ok && rename (tmp, file) != 0)
    {
      ok = false;
      err = errno;
    }
  if (!ok)
    {
      unlink (tmp);
      error (EXIT_FAILURE, err, _("cannot write pidfile %s"), quoteaf (file));
    }
  cleanup_add_path (file, &st);
  free (tmp);
  /* FD stays open, and locked, until exit.  */
}

/* In the child, before the COMMAND of the waiter at ARG: the mask of
   startup less the wanted signals, the dispositions of startup, and
   SIGWAIT_PID.  */
static void
child_setup (void *arg)
{
  struct waiter *w = arg;
  sigset_t const *wanted = &w->o->wanted;
  for (int i = 0; i < N_RESTORED; i++)
    sigaction (restored_signals[i], &w->restored_actions[i], NULL);
  int max = sigspec_max ();
  for (int sig = 1; sig <= max; sig++)
    if (sigismember (wanted, sig) == 1)
      signal (sig, SIG_DFL);
  sigset_t mask = w->orig_mask;
  for (int sig = 1; sig <= max; sig++)
    if (sigismember (wanted, sig) == 1)
      sigdelset (&mask, sig);
  sigprocmask (SIG_SETMASK, &mask, NULL);
  setenv ("SIGWAIT_PID", w->pid_env, 1);
}

/* Run the COMMAND of W with the mask of startup less the wanted
   signals, and the dispositions of startup.  Exit if it cannot be
   run.  */
static void
run_command (struct waiter *w)
{
  char **command = w->o->command;
  sprintf (w->pid_env, "%jd", (intmax_t) getpid ());

  pid_t child = spawn_command (command, child_setup, w);
  if (child < 0)
    {
      int err = errno;
      error (0, err, _("cannot run %s"), quoteaf (command[0]));
      exit (err == ENOENT ? EXIT_ENOENT : EXIT_CANNOT_INVOKE);
    }
  w->child = child;
}

/* Reap the COMMAND of W if it has ended.  If it failed and CHECK,
   diagnose that and exit.  */
static void
reap (struct waiter *w, bool check)
{
  if (w->child <= 0)
    return;
  int status;
  if (waitpid (w->child, &status, WNOHANG) != w->child)
    return;
  w->child = 0;
  char const *command_name = w->o->command[0];
  if (!check || (WIFEXITED (status) && WEXITSTATUS (status) == 0))
    return;
  if (WIFEXITED (status))
    error (EXIT_FAILURE, 0, _("%s failed with exit status %d"),
           quoteaf (command_name), WEXITSTATUS (status));
  char name[SIGSPEC_NAME_SIZE];
  error (EXIT_FAILURE, 0, _("%s was terminated by signal %s"),
         quoteaf (command_name), sigspec_name (WTERMSIG (status), name));
}

/* The ORIGIN word of a verbose line: where the signal of INFO came
   from.  BUF holds a number.  */
static char const *
origin_name (siginfo_t const *info, char buf[INT_BUFSIZE_BOUND (int)])
{
  switch (info->si_code)
    {
    case SI_USER: return "user";
    case SI_QUEUE: return "queue";
#if HAVE_DECL_SI_TKILL
    case SI_TKILL: return "tkill";
#endif
#if HAVE_DECL_SI_KERNEL
    case SI_KERNEL: return "kernel";
#endif
    case SI_TIMER: return "timer";
    case SI_MESGQ: return "mesgq";
    case SI_ASYNCIO: return "asyncio";
#if HAVE_DECL_SI_SIGIO
    case SI_SIGIO: return "sigio";
#endif
    }
  if (info->si_signo == SIGCHLD)
    switch (info->si_code)
      {
      case CLD_EXITED: return "exited";
      case CLD_KILLED: return "killed";
      case CLD_DUMPED: return "dumped";
      case CLD_TRAPPED: return "trapped";
      case CLD_STOPPED: return "stopped";
      case CLD_CONTINUED: return "continued";
      }
  sprintf (buf, "%d", info->si_code);
  return buf;
}

/* Whether the kernel fills si_pid and si_uid for INFO.  */
static bool
has_sender (siginfo_t const *info)
{
  switch (info->si_code)
    {
    case SI_USER: case SI_QUEUE: case SI_MESGQ:
#if HAVE_DECL_SI_TKILL
    case SI_TKILL:
#endif
      return true;
    }
  return info->si_signo == SIGCHLD && 0 < info->si_code;
}

/* Whether INFO carries a value in si_value.  */
static bool
has_value (siginfo_t const *info)
{
  switch (info->si_code)
    {
    case SI_QUEUE: case SI_TIMER: case SI_MESGQ: case SI_ASYNCIO:
      return true;
    }
  return false;
}

/* Print the line of the signal INFO and write it out at once.  */
static void
print_signal (struct waiter const *w, siginfo_t const *info)
{
  char name[SIGSPEC_NAME_SIZE];
  char line[sizeof name + 4 * INT_BUFSIZE_BOUND (intmax_t) + 64];
  int sig = info->si_signo;
  int n;

  sigspec_name (sig, name);
  if (!w->o->verbose)
    n = snprintf (line, sizeof line, "%s\n", name);
  else
    {
      char code[INT_BUFSIZE_BOUND (int)];
      n = snprintf (line, sizeof line, "%s %d %s", name, sig,
                    origin_name (info, code));
      if (has_sender (info))
        n += snprintf (line + n, sizeof line - n, " pid=%jd uid=%ju",
                       (intmax_t) info->si_pid, (uintmax_t) info->si_uid);
      if (has_value (info))
        n += snprintf (line + n, sizeof line - n, " value=%d",
                       info->si_value.sival_int);
      if (sig == SIGCHLD && 0 < info->si_code)
        n += snprintf (line + n, sizeof line - n, " status=%d",
                       info->si_status);
      n += snprintf (line + n, sizeof line - n, "\n");
    }

  /* An output that does not drain must not keep sigwait from its end:
     let the interrupting signals in while writing.  Their handler sets
     interrupt_signal and write_all stops.  */
  sigset_t mask;
  sigprocmask (SIG_UNBLOCK, &w->interrupting_set, &mask);
  idx_t written = write_all (STDOUT_FILENO, line, n);
  int err = errno;
  sigprocmask (SIG_SETMASK, &mask, NULL);
  if (written != n)
    {
      if (err == EINTR && interrupt_signal)
        {
          error (0, 0, _("interrupted: signal %s was received but its line"
                         " was not written"), name);
          interrupt_exit ();
        }
      write_error (err);
    }
}

/* Parse the options of ARGV into O; leave the operands, from ARGV[*FIRST]
   on, to check_options.  */
static void
parse_options (int argc, char **argv, struct options *o, int *first)
{
  o->count = 1;
  bool count_given = false;

  /* '+': stop at the first SIGNAL, so that COMMAND keeps its options.  */
  int c;
  while ((c = getopt_long (argc, argv, "+c:fv", long_options, NULL)) != -1)
    {
      if (timeout_option (&o->timeout, c, optarg))
        continue;
      switch (c)
        {
        case 'c':
          o->count = xnumber (optarg, 1, INTMAX_MAX, _("count"));
          count_given = true;
          break;

        case 'f':
          o->follow = true;
          break;

        case 'v':
          o->verbose = true;
          break;

        case PIDFILE_OPTION:
          o->pidfile = optarg;
          break;

        case_GETOPT_HELP_CHAR;

        case_GETOPT_VERSION_CHAR (PROGRAM_NAME, AUTHORS);

        default:
          usage (EXIT_FAILURE);
        }
    }

  if (count_given && o->follow)
    {
      error (0, 0, _("--count and --follow cannot be used together"));
      usage (EXIT_FAILURE);
    }
  *first = optind;
}

/* Check the operands ARGV[FIRST] to ARGV[ARGC - 1]: the SIGNALs into
   O's wanted set, then "--" and COMMAND.  Diagnose and exit if
   something is wrong.  */
static void
check_options (int argc, char **argv, int first, struct options *o)
{
  sigemptyset (&o->wanted);
  int i;
  for (i = first; i < argc && strcmp (argv[i], "--") != 0; i++)
    add_signal (&o->wanted, argv[i]);
  if (i == first)
    {
      error (0, 0, _("missing signal operand"));
      usage (EXIT_FAILURE);
    }
  if (i < argc)
    {
      o->command = argv + i + 1;
      if (!*o->command)
        {
          error (0, 0, _("missing command after %s"), quote ("--"));
          usage (EXIT_FAILURE);
        }
    }
}

/* Make W ready to wait for the signals of O: block them (and the
   interrupting signals, and SIGCHLD for a COMMAND), write the pidfile,
   start the --timeout clock, run COMMAND.  From then on, no signal is
   lost.  */
static void
get_ready (struct waiter *w, struct options const *o)
{
  w->o = o;
  w->child = 0;
  for (int j = 0; j < N_RESTORED; j++)
    sigaction (restored_signals[j], NULL, &w->restored_actions[j]);

  interrupt_install ();

  /* Take the interrupting signals with sigwaitinfo as well, unless
     they stay ignored (see interrupt_install) or are waited for.  */
  w->waitset = o->wanted;
  sigemptyset (&w->interrupting_set);
  static int const interrupting[] = { SIGINT, SIGTERM, SIGHUP };
  for (size_t j = 0; j < sizeof interrupting / sizeof *interrupting; j++)
    {
      struct sigaction sa;
      if (sigaction (interrupting[j], NULL, &sa) == 0
          && sa.sa_handler != SIG_IGN)
        {
          sigaddset (&w->waitset, interrupting[j]);
          if (sigismember (&o->wanted, interrupting[j]) != 1)
            sigaddset (&w->interrupting_set, interrupting[j]);
        }
    }
  w->chld_internal = o->command && sigismember (&o->wanted, SIGCHLD) != 1;
  if (w->chld_internal)
    sigaddset (&w->waitset, SIGCHLD);

  if (sigprocmask (SIG_BLOCK, &w->waitset, &w->orig_mask) != 0)
    error (EXIT_FAILURE, errno, _("cannot block the signals"));

  int max = sigspec_max ();
  for (int sig = 1; sig <= max; sig++)
    if (sigismember (&o->wanted, sig) == 1)
      unignore (sig);
  if (w->chld_internal)
    unignore (SIGCHLD);

  /* Ready: from now on, no signal is lost.  */
  if (o->pidfile)
    write_pidfile (o->pidfile);

  w->watch_output = output_watchable (STDOUT_FILENO);

  w->deadline = make_timespec (0, 0);
  if (o->timeout.given)
    {
      struct timespec now;
      clock_gettime (CLOCK_MONOTONIC, &now);
      w->deadline = timespec_add (now, o->timeout.duration);
    }

  if (o->command)
    run_command (w);
}

/* Take the next signal of W's wait set into *INFO and return it, as
   sigwaitinfo does; with --timeout, fail with EAGAIN at the deadline.
   When standard output is a pipe or a socket, wake up every second to
   see whether its reader has gone, as mqrecv -f and "tail -f" do, and
   fail with EPIPE then: so "sigwait -f | head -n 1" ends, and a signal
   sent after that fails to find the process (sigsend says so) instead
   of being taken and written nowhere.  */
static int
take_signal (struct waiter const *w, siginfo_t *info)
{
  static struct timespec const second = { 1, 0 };
  if (!w->o->timeout.given && !w->watch_output)
    return sigwaitinfo (&w->waitset, info);
  for (;;)
    {
      struct timespec slice = second;
      bool last = !w->watch_output;
      if (w->o->timeout.given)
        {
          struct timespec now;
          clock_gettime (CLOCK_MONOTONIC, &now);
          struct timespec left = timespec_sub (w->deadline, now);
          if (left.tv_sec < 0)
            left = make_timespec (0, 0);
          if (last || timespec_cmp (left, second) <= 0)
            {
              slice = left;
              last = true;
            }
        }
      int sig = sigtimedwait (&w->waitset, info, &slice);
      if (0 <= sig || errno != EAGAIN || last)
        return sig;
      if (output_gone (STDOUT_FILENO))
        {
          errno = EPIPE;
          return -1;
        }
    }
}

/* Wait for the signals of W, printing each, until the count is
   reached (forever with --follow), the time is up, or COMMAND failed.
   Return the exit status.  */
static int
wait_signals (struct waiter *w)
{
  struct options const *o = w->o;
  intmax_t received = 0;
  while (o->follow || received < o->count)
    {
      siginfo_t info;
      int sig;
      /* Once per pass, as every loop of the suite.  */
      interrupt_check ();
      sig = take_signal (w, &info);
      if (sig < 0)
        {
          if (errno == EINTR)
            {
              interrupt_check ();
              continue;
            }
          /* The reader left: end as a write to it would.  */
          if (errno == EPIPE)
            write_error (EPIPE);
          if (errno == EAGAIN)
            {
              /* Say why, as the suite's rule says (ipcutils.h).  */
              if (o->follow || received == 0)
                timeout_exit (&o->timeout, "%s", _("a signal"));
              timeout_exit (&o->timeout,
                            ngettext ("a signal: %jd of %jd arrived",
                                      "a signal: %jd of %jd arrived",
                                      select_plural (o->count)),
                            received, o->count);
            }
          error (EXIT_FAILURE, errno, _("cannot wait for signals"));
        }

      if (sigismember (&o->wanted, sig) != 1)
        {
          if (sig == SIGCHLD && w->chld_internal)
            {
              reap (w, true);
              continue;
            }
          /* SIGINT, SIGTERM or SIGHUP.  */
          interrupt_signal = sig;
          interrupt_exit ();
        }

      print_signal (w, &info);
      received++;
      if (sig == SIGCHLD)
        reap (w, false);
    }

  return EXIT_SUCCESS;
}

int
main (int argc, char **argv)
{
  static struct options o;
  static struct waiter w;

  set_program_name (argv[0]);
  setlocale (LC_ALL, "");
  bindtextdomain (PACKAGE, locale_directory ());
  textdomain (PACKAGE);

  atexit (close_stdout);
  /* Keep descriptors 0, 1 and 2 taken, so that no socket, queue or
     file we open becomes standard input or output by accident.  */
  xstdopen ();

  int first;
  parse_options (argc, argv, &o, &first);
  check_options (argc, argv, first, &o);
  get_ready (&w, &o);
  return wait_signals (&w);
}
