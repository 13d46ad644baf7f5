/* interrupt.c: the suite's signal policy, and timeouts for calls that
   have no timed variant.
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

#include <signal.h>
#include <sys/time.h>

#include "ipcutils.h"

#include "timespec.h"

volatile sig_atomic_t interrupt_signal;
volatile sig_atomic_t timeout_expired;

static void
interrupt_handler (int sig)
{
  /* A signal that lands after a loop tested interrupt_signal but
     before its next blocking call would go unseen until that call
     returns, which may be never.  So from now on SIGALRM interrupts
     every blocking call every 10 ms: each returns EINTR, and its
     caller sees the flag.  setitimer is a plain system call here;
     keep errno for the code this handler interrupted.  */
  static struct itimerval const every_10ms = { { 0, 10000 }, { 0, 10000 } };
  int saved_errno = errno;
  interrupt_signal = sig;
  setitimer (ITIMER_REAL, &every_10ms, NULL);
  errno = saved_errno;
}

static void
alarm_handler (int sig _GL_UNUSED)
{
  /* After an interruption SIGALRM only wakes blocking calls; it does
     not mean that a --timeout expired.  */
  if (!interrupt_signal)
    timeout_expired = 1;
}

void
interrupt_install (void)
{
  static int const sigs[] = { SIGINT, SIGTERM, SIGHUP };
  struct sigaction sa;

  memset (&sa, 0, sizeof sa);
  sigemptyset (&sa.sa_mask);
  for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
    sigaddset (&sa.sa_mask, sigs[i]);

  /* No SA_RESTART: a blocking call must return EINTR so that the
     program can put back what it holds and remove what it created.  */
  sa.sa_flags = 0;
  sa.sa_handler = interrupt_handler;
  for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++)
    {
      struct sigaction old;
      /* A signal the invoker chose to ignore (nohup, '&' in a
         non-interactive shell) stays ignored.  */
      if (sigaction (sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
        continue;
      sigaction (sigs[i], &sa, NULL);
    }

  sa.sa_handler = alarm_handler;
  sigemptyset (&sa.sa_mask);
  sigaction (SIGALRM, &sa, NULL);

  /* Writes to a closed pipe fail with EPIPE instead of killing us.  */
  signal (SIGPIPE, SIG_IGN);
}

void
interrupt_check (void)
{
  if (interrupt_signal)
    interrupt_exit ();
}

void
interrupt_exit (void)
{
  int sig = interrupt_signal ? interrupt_signal : SIGTERM;
  sigset_t set;

  cleanup_run ();
  signal (sig, SIG_DFL);
  sigemptyset (&set);
  sigaddset (&set, sig);
  sigprocmask (SIG_UNBLOCK, &set, NULL);
  raise (sig);
  _exit (128 + sig);
}

void
timeout_arm (struct timespec duration)
{
  /* setitimer takes at most about 3 years on some kernels; a longer
     wait is as good as forever.  */
  enum { TIMER_MAX = 100000000 };
  struct itimerval it;

  timeout_expired = 0;
  if (TIMER_MAX < duration.tv_sec)
    return;
  it.it_value.tv_sec = duration.tv_sec;
  it.it_value.tv_usec = (duration.tv_nsec + 999) / 1000;
  if (it.it_value.tv_usec == 1000000)
    {
      it.it_value.tv_sec++;
      it.it_value.tv_usec = 0;
    }
  /* A zero it_value would disarm the timer.  */
  if (it.it_value.tv_sec == 0 && it.it_value.tv_usec == 0)
    it.it_value.tv_usec = 1;
  /* Fire again every 10 ms, so that an expiry that lands between the
     check of timeout_expired and the blocking call still interrupts
     the call.  */
  it.it_interval.tv_sec = 0;
  it.it_interval.tv_usec = 10000;
  if (setitimer (ITIMER_REAL, &it, NULL) != 0)
    error (EXIT_FAILURE, errno, _("cannot set a timer"));
}

void
timeout_disarm (void)
{
  /* After an interruption, keep waking blocking calls (see
     interrupt_handler).  */
  static struct itimerval const every_10ms = { { 0, 10000 }, { 0, 10000 } };
  struct itimerval it;
  memset (&it, 0, sizeof it);
  setitimer (ITIMER_REAL, interrupt_signal ? &every_10ms : &it, NULL);
}

struct timespec
deadline_after (struct timespec duration)
{
  struct timespec now;
  clock_gettime (CLOCK_REALTIME, &now);
  return timespec_add (now, duration);
}
