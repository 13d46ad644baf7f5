/* sigpair -- raw real-time signal anchors
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

/* Usage:
     sigpair send PID N
         Queue N SIGRTMIN signals to PID with sigqueue(3), the value
         counting from 1.  When the receiver's queue is full (EAGAIN),
         yield and try again, for at most 30 seconds in a row.
     sigpair recv N PIDFILE
         Block SIGRTMIN, then write the process ID to PIDFILE, take N
         signals with sigwaitinfo(2), remove PIDFILE and exit.
     sigpair lines FILE N SECONDS
         Wait until FILE holds N newlines; exit 1 after SECONDS.

   This is a benchmark anchor, deliberately free of gnulib and of the
   ipcutils library: what a C programmer writes by hand.  */

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double
now (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

static long
number (char const *s)
{
  char *end;
  long n;
  errno = 0;
  n = strtol (s, &end, 10);
  if (errno || end == s || *end || n < 0)
    {
      fprintf (stderr, "sigpair: bad number: %s\n", s);
      exit (2);
    }
  return n;
}

static int
send_signals (pid_t pid, long n)
{
  double stalled = 0;
  for (long i = 1; i <= n; i++)
    {
      union sigval v;
      v.sival_int = (int) i;
      while (sigqueue (pid, SIGRTMIN, v) != 0)
        {
          if (errno != EAGAIN)
            {
              perror ("sigpair: sigqueue");
              return 1;
            }
          /* The receiver's queue of pending signals is full.  */
          if (stalled == 0)
            stalled = now ();
          else if (now () - stalled > 30)
            {
              fprintf (stderr, "sigpair: receiver stalled at signal %ld\n",
                       i);
              return 1;
            }
          sched_yield ();
        }
      stalled = 0;
    }
  return 0;
}

static int
receive_signals (long n, char const *pidfile)
{
  sigset_t set;
  char tmp[4096];
  FILE *f;

  sigemptyset (&set);
  sigaddset (&set, SIGRTMIN);
  if (sigprocmask (SIG_BLOCK, &set, NULL) != 0)
    {
      perror ("sigpair: sigprocmask");
      return 1;
    }

  /* Write the file under another name first: a sender that sees PIDFILE
     sees a whole number.  */
  snprintf (tmp, sizeof tmp, "%s.tmp", pidfile);
  f = fopen (tmp, "w");
  if (!f || fprintf (f, "%ld\n", (long) getpid ()) < 0 || fclose (f) != 0
      || rename (tmp, pidfile) != 0)
    {
      perror (pidfile);
      return 1;
    }

  for (long i = 0; i < n; i++)
    {
      siginfo_t info;
      while (sigwaitinfo (&set, &info) < 0)
        if (errno != EINTR)
          {
            perror ("sigpair: sigwaitinfo");
            unlink (pidfile);
            return 1;
          }
    }
  unlink (pidfile);
  return 0;
}

static int
wait_lines (char const *file, long n, long seconds)
{
  char buf[65536];
  long lines = 0;
  double deadline = now () + (double) seconds;
  int fd = open (file, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    {
      perror (file);
      return 1;
    }
  while (lines < n)
    {
      ssize_t r = read (fd, buf, sizeof buf);
      if (r < 0)
        {
          perror (file);
          return 1;
        }
      if (r == 0)
        {
          struct timespec ts = { 0, 1000000 };
          if (now () > deadline)
            {
              fprintf (stderr, "sigpair: %s: %ld lines of %ld after %ld s\n",
                       file, lines, n, seconds);
              return 1;
            }
          nanosleep (&ts, NULL);
          continue;
        }
      for (char *p = buf; (p = memchr (p, '\n', (size_t) (buf + r - p)));
           p++)
        lines++;
    }
  return 0;
}

int
main (int argc, char **argv)
{
  if (argc == 4 && strcmp (argv[1], "send") == 0)
    return send_signals ((pid_t) number (argv[2]), number (argv[3]));
  if (argc == 4 && strcmp (argv[1], "recv") == 0)
    return receive_signals (number (argv[2]), argv[3]);
  if (argc == 5 && strcmp (argv[1], "lines") == 0)
    return wait_lines (argv[2], number (argv[3]), number (argv[4]));
  fputs ("usage: sigpair send PID N\n"
         "       sigpair recv N PIDFILE\n"
         "       sigpair lines FILE N SECONDS\n", stderr);
  return 2;
}
