/* msgpair -- raw System V and POSIX message queue anchors
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
     msgpair stream sysv|posix N
         One way: a sender process sends the N messages "1" ... "N" (the
         lines of "seq N" without their newlines) to a private queue,
         a receiver process receives them.  Exit when both are done.
     msgpair ping sysv|posix Q1 Q2 N
         Send "ping" to Q1 and wait for the answer on Q2, N times; then
         send "quit" to Q1.  The driver of the round-trip benchmark.
     msgpair pong sysv|posix Q1 Q2
         Receive from Q1 and send each message back to Q2, until "quit".
     msgpair rm sysv|posix Q...
         Remove the queues Q, if they exist.
   Q is a System V key (decimal, or 0x hexadecimal) or a POSIX name.
   Queues are created with the system's default attributes, as mqsend
   and mqrecv create them.

   This is a benchmark anchor, deliberately free of gnulib and of the
   ipcutils library: what a C programmer writes by hand.  */

#include <errno.h>
#include <fcntl.h>
#include <mqueue.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/wait.h>
#include <unistd.h>

enum { MSGMAX = 8192 };

struct sysv_msg
{
  long mtype;
  char mtext[MSGMAX];
};

struct queue
{
  int posix;
  int msqid;
  mqd_t mqd;
  long msgsize;
};

static _Noreturn void
die (char const *what)
{
  perror (what);
  exit (1);
}

static void
queue_open (struct queue *q, int posix, char const *name)
{
  q->posix = posix;
  if (posix)
    {
      struct mq_attr attr;
      q->mqd = mq_open (name, O_RDWR | O_CREAT | O_CLOEXEC, 0600, NULL);
      if (q->mqd == (mqd_t) -1)
        die (name);
      if (mq_getattr (q->mqd, &attr) != 0)
        die ("mq_getattr");
      q->msgsize = attr.mq_msgsize;
    }
  else
    {
      char *end;
      key_t key = (key_t) strtol (name, &end, 0);
      if (*end || end == name)
        {
          fprintf (stderr, "msgpair: bad key: %s\n", name);
          exit (2);
        }
      q->msqid = msgget (key, IPC_CREAT | 0600);
      if (q->msqid < 0)
        die ("msgget");
      q->msgsize = MSGMAX;
    }
}

static void
queue_send (struct queue const *q, char const *text, size_t len)
{
  if (q->posix)
    {
      while (mq_send (q->mqd, text, len, 0) != 0)
        if (errno != EINTR)
          die ("mq_send");
    }
  else
    {
      static struct sysv_msg m;
      m.mtype = 1;
      memcpy (m.mtext, text, len);
      while (msgsnd (q->msqid, &m, len, 0) != 0)
        if (errno != EINTR)
          die ("msgsnd");
    }
}

/* Receive a message into BUF of MSGMAX + 1 bytes; return its length.  */
static size_t
queue_recv (struct queue const *q, char *buf)
{
  ssize_t n;
  if (q->posix)
    {
      while ((n = mq_receive (q->mqd, buf, (size_t) q->msgsize, NULL)) < 0)
        if (errno != EINTR)
          die ("mq_receive");
    }
  else
    {
      static struct sysv_msg m;
      while ((n = msgrcv (q->msqid, &m, MSGMAX, 0, 0)) < 0)
        if (errno != EINTR)
          die ("msgrcv");
      memcpy (buf, m.mtext, (size_t) n);
    }
  buf[n] = '\0';
  return (size_t) n;
}

static void
queue_remove (int posix, char const *name)
{
  if (posix)
    mq_unlink (name);
  else
    {
      char *end;
      key_t key = (key_t) strtol (name, &end, 0);
      int id = msgget (key, 0);
      if (id >= 0)
        msgctl (id, IPC_RMID, NULL);
    }
}

/* The private System V queue of "stream", removed at exit even when
   interrupted.  */
static int volatile private_msqid = -1;
static char private_name[64];

static void
remove_private (void)
{
  if (private_msqid >= 0)
    msgctl (private_msqid, IPC_RMID, NULL);
  private_msqid = -1;
}

static void
on_signal (int sig)
{
  remove_private ();
  signal (sig, SIG_DFL);
  raise (sig);
}

static int
stream (int posix, long n)
{
  struct queue q;
  char buf[MSGMAX + 1];
  pid_t pid;
  int status;

  if (posix)
    {
      snprintf (private_name, sizeof private_name, "/ipcutils-bench-%ld",
                (long) getpid ());
      queue_open (&q, 1, private_name);
      /* Both processes hold the queue: its name is not needed any more.  */
      mq_unlink (private_name);
    }
  else
    {
      q.posix = 0;
      q.msgsize = MSGMAX;
      q.msqid = msgget (IPC_PRIVATE, IPC_CREAT | 0600);
      if (q.msqid < 0)
        die ("msgget");
      private_msqid = q.msqid;
      signal (SIGINT, on_signal);
      signal (SIGTERM, on_signal);
      signal (SIGHUP, on_signal);
    }

  pid = fork ();
  if (pid < 0)
    die ("fork");
  if (pid == 0)
    {
      private_msqid = -1;
      for (long i = 0; i < n; i++)
        queue_recv (&q, buf);
      _exit (0);
    }

  for (long i = 1; i <= n; i++)
    {
      int len = snprintf (buf, sizeof buf, "%ld", i);
      queue_send (&q, buf, (size_t) len);
    }
  if (waitpid (pid, &status, 0) != pid)
    die ("waitpid");
  remove_private ();
  return WIFEXITED (status) && WEXITSTATUS (status) == 0 ? 0 : 1;
}

static int
ping (int posix, char const *q1, char const *q2, long n)
{
  struct queue a, b;
  char buf[MSGMAX + 1];

  queue_open (&a, posix, q1);
  queue_open (&b, posix, q2);
  for (long i = 0; i < n; i++)
    {
      queue_send (&a, "ping", 4);
      if (queue_recv (&b, buf) != 4 || memcmp (buf, "ping", 4) != 0)
        {
          fprintf (stderr, "msgpair: round %ld: unexpected answer: %s\n",
                   i, buf);
          return 1;
        }
    }
  queue_send (&a, "quit", 4);
  return 0;
}

static int
pong (int posix, char const *q1, char const *q2)
{
  struct queue a, b;
  char buf[MSGMAX + 1];

  queue_open (&a, posix, q1);
  queue_open (&b, posix, q2);
  for (;;)
    {
      size_t len = queue_recv (&a, buf);
      if (len == 4 && memcmp (buf, "quit", 4) == 0)
        return 0;
      queue_send (&b, buf, len);
    }
}

static _Noreturn void
usage (void)
{
  fputs ("usage: msgpair stream sysv|posix N\n"
         "       msgpair ping sysv|posix Q1 Q2 N\n"
         "       msgpair pong sysv|posix Q1 Q2\n"
         "       msgpair rm sysv|posix Q...\n", stderr);
  exit (2);
}

static long
count_arg (char const *s)
{
  char *end;
  long n;
  errno = 0;
  n = strtol (s, &end, 10);
  if (errno || end == s || *end || n < 0)
    usage ();
  return n;
}

int
main (int argc, char **argv)
{
  int posix;

  if (argc < 3)
    usage ();
  if (strcmp (argv[2], "posix") == 0)
    posix = 1;
  else if (strcmp (argv[2], "sysv") == 0)
    posix = 0;
  else
    usage ();

  if (strcmp (argv[1], "stream") == 0 && argc == 4)
    return stream (posix, count_arg (argv[3]));
  if (strcmp (argv[1], "ping") == 0 && argc == 6)
    return ping (posix, argv[3], argv[4], count_arg (argv[5]));
  if (strcmp (argv[1], "pong") == 0 && argc == 5)
    return pong (posix, argv[3], argv[4]);
  if (strcmp (argv[1], "rm") == 0)
    {
      for (int i = 3; i < argc; i++)
        queue_remove (posix, argv[i]);
      return 0;
    }
  usage ();
}
