/* mqworker.c: mqrecv's COMMAND mode, which runs a command per message.
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

/* How it works.  Each of up to --jobs slots holds one message and the
   process running COMMAND on it.  A message is taken off the queue
   only when a slot is free, and it stays in its slot until COMMAND
   has ended: then it is dropped (success), put back on its queue
   (failure), or sent to the dead letter queue.  So a message is
   always in the queue or in a slot.

   COMMAND reads the message from a pipe, filled before COMMAND starts;
   the rest of a message larger than the pipe holds (64 KiB on Linux)
   is written as COMMAND reads it.

   SIGCHLD is blocked except while mqrecv waits: that wait is poll
   with SIGCHLD unblocked around it, and the handler writes to a pipe
   that poll also watches (the self-pipe trick), so that a SIGCHLD
   that comes between the unblocking and poll still wakes it.  A System V queue has no descriptor
   to wait on: while a slot is free and COMMANDs run, mqrecv waits for
   a message in slices of SLICE, and looks for ended COMMANDs between
   them.  */

#include <config.h>

#include <fcntl.h>
#include <poll.h>
#include <search.h>
#include <signal.h>
#include <sys/wait.h>
#include <time.h>

#include "mqworker.h"

#include "copy.h"
#include "intprops.h"
#include "minmax.h"
#include "sig2str.h"
#include "timespec.h"

extern char **environ;

/* ------------------------------------------------------------------ */
/* Options.  */

bool
mqworker_option (struct mqworker_options *o, int c, char const *arg)
{
  switch (c)
    {
    case 'j':
      o->jobs = xnumber (arg, 1, 1024, _("number of jobs"));
      return true;
    case MQWORKER_DEAD_LETTER_OPTION:
      o->dead_letter = arg;
      return true;
    case MQWORKER_MAX_ATTEMPTS_OPTION:
      o->max_attempts = xnumber (arg, 1, INTMAX_MAX,
                                 _("number of attempts"));
      return true;
    default:
      return false;
    }
}

void
mqworker_check (struct mqworker_options const *o, char **command)
{
  char const *option = (o->jobs ? "--jobs"
                        : o->dead_letter ? "--dead-letter"
                        : o->max_attempts ? "--max-attempts" : NULL);
  if (!command && option)
    error (EXIT_FAILURE, 0, _("%s applies only with a COMMAND"), option);
  if (o->dead_letter && !o->max_attempts)
    error (EXIT_FAILURE, 0, _("--dead-letter needs --max-attempts"));
}

void
mqworker_emit_options (void)
{
  fputs (_("\
  -j, --jobs=N          with a COMMAND: run up to N at once (default 1)\n\
      --max-attempts=M  with a COMMAND: give up on a message after its\n\
                          M-th failed attempt (default: never)\n\
      --dead-letter=QUEUE  with --max-attempts: send a message given up\n\
                          to QUEUE, a key (System V) or a name (POSIX)\n\
"), stdout);
}

void
mqworker_emit_command (void)
{
  fputs (_("\
  123  a COMMAND failed and its message was put back (and not handled\n\
       since by this mqrecv)\n\
  126  COMMAND was found but could not be run\n\
  127  COMMAND was not found\n\
"), stdout);
  fputs (_("\
\n\
With a COMMAND, mqrecv runs it once per message, with the message on its\n\
standard input through a pipe (its bytes exactly: no newline is added)\n\
and in its environment:\n\
  MQRECV_TYPE       the message's type (System V queues)\n\
  MQRECV_PRIORITY   the message's priority (POSIX queues)\n\
  MQRECV_QUEUE      the queue, as options: -k KEY, -i ID or -p NAME\n\
  MQRECV_SIZE       the message's size in bytes\n\
  MQRECV_ATTEMPT    1, plus the failed attempts this mqrecv saw for a\n\
                    message of the same type and content since its last\n\
                    success\n\
A message is taken only when fewer than N COMMANDs run.  A message whose\n\
COMMAND fails (exits with a status other than 0, or is killed) is put\n\
back on its queue, at its end, and may be taken again; after M failed\n\
attempts, it goes to the dead letter queue, or without one, mqrecv puts\n\
it back and stops taking messages.  If COMMAND cannot be run, mqrecv\n\
puts the message back and exits with 126 or 127.  On SIGINT, SIGTERM or\n\
SIGHUP, mqrecv takes no more messages, waits for the COMMANDs that run,\n\
puts back the messages of those that failed, and dies of the signal.\n\
"), stdout);
}

/* ------------------------------------------------------------------ */
/* Counting the attempts at a message: by a digest of its type and
   content, in a tree that holds the messages whose last attempt
   failed.  */

struct failures
{
  uint64_t digest;
  intmax_t count;               /* failed attempts since the last success */
};

static void *failed_tree;
static idx_t failed_messages;

/* The 64-bit FNV-1a digest of TYPE and the LEN bytes at DATA.  */
static uint64_t
digest_of (long type, char const *data, idx_t len)
{
  uint64_t h = 0xcbf29ce484222325u;
  unsigned char const *t = (unsigned char const *) &type;
  for (size_t i = 0; i < sizeof type; i++)
    h = (h ^ t[i]) * 0x100000001b3u;
  for (idx_t i = 0; i < len; i++)
    h = (h ^ (unsigned char) data[i]) * 0x100000001b3u;
  return h;
}

static int
compare_failures (void const *a, void const *b)
{
  uint64_t x = ((struct failures const *) a)->digest;
  uint64_t y = ((struct failures const *) b)->digest;
  return (x > y) - (x < y);
}

/* The failed attempts at the message DIGEST.  */
static intmax_t
failures_of (uint64_t digest)
{
  struct failures key = { digest, 0 };
  void *found = tfind (&key, &failed_tree, compare_failures);
  return found ? (*(struct failures **) found)->count : 0;
}

/* Count one more failed attempt at DIGEST and return the count.  */
static intmax_t
add_failure (uint64_t digest)
{
  struct failures *f = xmalloc (sizeof *f);
  f->digest = digest;
  f->count = 0;
  struct failures **found = tsearch (f, &failed_tree, compare_failures);
  if (!found)
    xalloc_die ();
  if (*found != f)
    free (f);
  else
    failed_messages++;
  return ++(*found)->count;
}

/* Forget the failures of DIGEST: it was handled.  */
static void
forget_failures (uint64_t digest)
{
  struct failures key = { digest, 0 };
  struct failures **found = tfind (&key, &failed_tree, compare_failures);
  if (!found)
    return;
  struct failures *f = *found;
  tdelete (&key, &failed_tree, compare_failures);
  free (f);
  failed_messages--;
}

/* ------------------------------------------------------------------ */
/* Jobs.  */

struct job
{
  pid_t pid;                    /* COMMAND, or 0 if the slot is free */
  int fd;                       /* the pipe to COMMAND while some of
                                   the message is left to write, or -1 */
  long type;
  char *data;
  idx_t len;
  idx_t alloc;
  idx_t written;
  uint64_t digest;
};

/* Everything the loop shares.  */
static struct queue *queue;
static struct queue dead_queue;
static bool dead_letter;
static intmax_t max_attempts;
static char **command;
static struct job *jobs;
static idx_t n_jobs;
static idx_t running;           /* slots with a COMMAND */
static idx_t feeding;           /* slots with an open pipe */
static sigset_t child_mask;     /* the signal mask COMMAND starts with */

/* Why mqrecv stops taking messages, and how it will end.  */
static bool stopping;
static int fatal_status;        /* 126 or 127, or 0 */
static bool own_error;          /* a diagnosed failure of mqrecv */

/* COMMAND's environment: ours less the MQRECV_ variables, then the
   variables of each message.  */
static char **env;
static idx_t env_used;
static char *queue_var;
static char type_var[sizeof "MQRECV_PRIORITY=" + INT_BUFSIZE_BOUND (long)];
static char attempt_var[sizeof "MQRECV_ATTEMPT="
                        + INT_BUFSIZE_BOUND (intmax_t)];
static char size_var[sizeof "MQRECV_SIZE=" + INT_BUFSIZE_BOUND (intmax_t)];

/* Whether the environment entry ENTRY sets the variable NAME.  */
static bool
is_var (char const *entry, char const *name)
{
  size_t len = strlen (name);
  return strncmp (entry, name, len) == 0 && entry[len] == '=';
}

static void
env_init (void)
{
  idx_t n = 0;
  while (environ[n])
    n++;
  env = xinmalloc (n + 5, sizeof *env);
  for (idx_t i = 0; i < n; i++)
    if (! (is_var (environ[i], "MQRECV_TYPE")
           || is_var (environ[i], "MQRECV_PRIORITY")
           || is_var (environ[i], "MQRECV_QUEUE")
           || is_var (environ[i], "MQRECV_ATTEMPT")
           || is_var (environ[i], "MQRECV_SIZE")))
      env[env_used++] = environ[i];

  struct ipc_object const *obj = queue->obj;
  char buf[sizeof "-k 0x" + INT_BUFSIZE_BOUND (int)];
  char const *value = buf;
  switch (obj->kind)
    {
    case OBJ_KEY:
      sprintf (buf, "-k 0x%08x", (unsigned int) (uint32_t) obj->key);
      break;
    case OBJ_ID:
      sprintf (buf, "-i %d", queue->msqid);
      break;
    default:
      value = obj->name;
      break;
    }
  queue_var = xmalloc (sizeof "MQRECV_QUEUE=-p " + strlen (value));
  sprintf (queue_var, "MQRECV_QUEUE=%s%s",
           obj->kind == OBJ_POSIX ? "-p " : "", value);
  env[env_used] = queue_var;
  env[env_used + 1] = type_var;
  env[env_used + 2] = attempt_var;
  env[env_used + 3] = size_var;
  env[env_used + 4] = NULL;
}

/* Write what the pipe of J takes of its message.  */
static void
feed (struct job *j)
{
  while (j->written < j->len)
    {
      ssize_t n = write (j->fd, j->data + j->written, j->len - j->written);
      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          if (would_block (errno))
            return;
          /* EPIPE: COMMAND did not read it all; its status tells
             whether that is a failure.  */
          break;
        }
      j->written += n;
    }
  close (j->fd);
  j->fd = -1;
  feeding--;
}

/* In the child, before COMMAND: its standard input is the read end of
   a pipe, the descriptor at ARG; it starts with the signal mask mqrecv
   started with, and with SIGPIPE at its default action (mqrecv ignores
   it; handled signals are reset by exec); its environment is ENV.  */
static void
child_setup (void *arg)
{
  if (dup2 (*(int *) arg, STDIN_FILENO) < 0)
    _exit (EXIT_CANNOT_INVOKE);
  signal (SIGPIPE, SIG_DFL);
  sigprocmask (SIG_SETMASK, &child_mask, NULL);
  environ = env;
}

/* Start COMMAND for the message in J.  Return 0, or the error of fork
   or exec.  */
static int
spawn (struct job *j)
{
  int fds[2];
  if (pipe_cloexec (fds) != 0)
    return errno;
  /* What the pipe takes is written now, the rest as COMMAND reads.
     Only our end is non-blocking: they are two open files.  */
  set_nonblocking (fds[1]);
  j->fd = fds[1];
  j->written = 0;
  feeding++;
  feed (j);

  if (queue->posix)
    sprintf (type_var, "MQRECV_PRIORITY=%ld", j->type);
  else
    sprintf (type_var, "MQRECV_TYPE=%ld", j->type);
  sprintf (attempt_var, "MQRECV_ATTEMPT=%jd", failures_of (j->digest) + 1);
  sprintf (size_var, "MQRECV_SIZE=%jd", (intmax_t) j->len);

  j->pid = spawn_command (command, child_setup, &fds[0]);
  int err = j->pid < 0 ? errno : 0;
  close (fds[0]);

  if (err)
    {
      j->pid = 0;
      if (0 <= j->fd)
        {
          close (j->fd);
          j->fd = -1;
          feeding--;
        }
      return err;
    }
  running++;
  return 0;
}

static struct timespec const no_wait = { 0, 0 };

/* Free the slot J.  */
static void
release (struct job *j)
{
  j->pid = 0;
}

/* Put the message of J back on its queue and free J; if the queue is
   full, run COMMAND on it again instead, unless mqrecv is stopping.  */
static void
put_back (struct job *j)
{
  /* With --remove, keep the queue that holds a message again.  */
  cleanup_clear ();
  if (queue_send (queue, j->type, j->data, j->len, &no_wait) == 0)
    {
      release (j);
      return;
    }
  int err = errno;
  if (err == EAGAIN && !stopping)
    {
      /* Nobody takes messages from the full queue while we wait for
         room: this slot is as good a taker as any.  */
      int e = spawn (j);
      if (e == 0)
        return;
      err = e;
    }
  else if (err == EAGAIN && !interrupt_signal)
    {
      /* Stopping: wait for room; a signal ends the wait.  */
      if (queue_send (queue, j->type, j->data, j->len, NULL) == 0)
        {
          release (j);
          return;
        }
      err = errno;
    }
  error (0, err == EINTR || err == EAGAIN ? 0 : err,
         ngettext ("a message of %jd byte is lost: cannot put it back on"
                   " message queue %s",
                   "a message of %jd bytes is lost: cannot put it back on"
                   " message queue %s", select_plural (j->len)),
         (intmax_t) j->len, object_describe (queue->obj));
  own_error = true;
  release (j);
}

/* COMMAND ended with the wait status WSTATUS for the message of J.  */
static void
finish (struct job *j, int wstatus)
{
  if (WIFEXITED (wstatus) && WEXITSTATUS (wstatus) == 0)
    {
      forget_failures (j->digest);
      release (j);
      return;
    }
  if (WIFSIGNALED (wstatus))
    {
      char name[SIG2STR_MAX];
      if (sig2str (WTERMSIG (wstatus), name) != 0)
        sprintf (name, "%d", WTERMSIG (wstatus));
      error (0, 0, _("%s was terminated by signal %s"),
             quoteaf (command[0]), name);
    }

  intmax_t failed = add_failure (j->digest);
  if (max_attempts && max_attempts <= failed)
    {
      if (dead_letter)
        {
          if (queue_send (&dead_queue, j->type, j->data, j->len, &no_wait)
              == 0)
            {
              error (0, 0, ngettext ("a message of size %jd failed %jd"
                                     " time; it was sent to message"
                                     " queue %s",
                                     "a message of size %jd failed %jd"
                                     " times; it was sent to message"
                                     " queue %s", select_plural (failed)),
                     (intmax_t) j->len, failed,
                     object_describe (dead_queue.obj));
              forget_failures (j->digest);
              release (j);
              return;
            }
          error (0, errno, _("cannot send a message to the dead letter"
                             " queue %s"), object_describe (dead_queue.obj));
          own_error = true;
        }
      else
        error (0, 0, ngettext ("a message of size %jd failed %jd time;"
                               " it is put back, and no more messages are"
                               " taken",
                               "a message of size %jd failed %jd times;"
                               " it is put back, and no more messages are"
                               " taken", select_plural (failed)),
               (intmax_t) j->len, failed);
      stopping = true;
    }
  put_back (j);
}

/* Handle the COMMANDs that have ended.  */
static void
reap (void)
{
  int wstatus;
  pid_t pid;
  while (0 < (pid = waitpid (-1, &wstatus, WNOHANG)))
    for (idx_t i = 0; i < n_jobs; i++)
      if (jobs[i].pid == pid)
        {
          struct job *j = &jobs[i];
          if (0 <= j->fd)
            {
              close (j->fd);
              j->fd = -1;
              feeding--;
            }
          running--;
          finish (j, wstatus);
          break;
        }
}

/* Take the message DATA of LEN bytes and TYPE into a free slot and
   run COMMAND on it.  */
static void
start (long type, char const *data, idx_t len)
{
  struct job *j = jobs;
  while (j->pid)
    j++;
  /* Never a null buffer, even for an empty message: memcpy and
     queue_send are given a valid pointer.  */
  if (!j->data || j->alloc < len)
    {
      free (j->data);
      j->alloc = MAX (len, 1);
      j->data = ximalloc (j->alloc);
    }
  memcpy (j->data, data, len);
  j->len = len;
  j->type = type;
  j->digest = digest_of (type, data, len);

  if (interrupt_signal)
    {
      /* Received as the signal came: it is not run.  */
      stopping = true;
      put_back (j);
      return;
    }

  int err = spawn (j);
  if (err)
    {
      error (0, err, _("cannot run %s"), quoteaf (command[0]));
      fatal_status = (err == ENOENT ? EXIT_ENOENT
                      : EXIT_CANNOT_INVOKE);
      stopping = true;
      put_back (j);
    }
}

/* Diagnose the receive error ERR.  */
static void
receive_error (int err, struct queue_select const *sel)
{
  if (err == E2BIG)
    {
      ssize_t size = queue_oversize (queue, sel);
      if (0 <= size)
        error (0, 0, ngettext ("a message of size %jd in message queue %s"
                               " is larger than the receive buffer of %jd"
                               " byte; it was left in the queue",
                               "a message of size %jd in message queue %s"
                               " is larger than the receive buffer of %jd"
                               " bytes; it was left in the queue",
                               select_plural (queue->bufsize)),
               (intmax_t) size, object_describe (queue->obj),
               (intmax_t) queue->bufsize);
      else
        error (0, 0, ngettext ("a message in message queue %s is larger"
                               " than the receive buffer of %jd byte; it"
                               " was left in the queue",
                               "a message in message queue %s is larger"
                               " than the receive buffer of %jd bytes; it"
                               " was left in the queue",
                               select_plural (queue->bufsize)),
               object_describe (queue->obj), (intmax_t) queue->bufsize);
    }
  else if (err == EIDRM || (err == EINVAL && !queue->posix))
    error (0, 0, _("message queue %s was removed"),
           object_describe (queue->obj));
  else
    error (0, err, _("cannot receive from message queue %s"),
           object_describe (queue->obj));
}

/* Open the dead letter queue NAME, of the kind of Q, created as Q
   would be.  */
static void
open_dead_letter (char const *name)
{
  static struct ipc_object obj;
  struct ipc_object const *main_obj = queue->obj;
  object_init (&obj);
  object_option (&obj, queue->posix ? 'p' : 'k', name);
  obj.proj_id = main_obj->proj_id;
  obj.create = main_obj->create;
  obj.mode_given = main_obj->mode_given;
  obj.mode = main_obj->mode;
  object_finish (&obj, OBJECT_SYSV | OBJECT_POSIX);
  queue_open (&dead_queue, &obj, O_WRONLY, NULL);
  /* A message given up must not vanish into a removed queue.  */
  dead_queue.keeps = true;
  if (queue->posix
      ? strcmp (obj.name, main_obj->name) == 0
      : dead_queue.msqid == queue->msqid)
    error (EXIT_FAILURE, 0, _("the dead letter queue %s is the queue"
                              " messages are taken from"),
           object_describe (&obj));
  dead_letter = true;
}

/* How long a wait for a message lasts while COMMANDs run, before
   mqrecv looks whether one has ended.  */
static struct timespec const slice = { 0, 20 * 1000 * 1000 };

static struct timespec
monotonic_now (void)
{
  struct timespec now;
  clock_gettime (CLOCK_MONOTONIC, &now);
  return now;
}

int
mqworker_run (struct queue *q, struct queue_select const *sel,
              intmax_t count, char const *until,
              struct timespec const *timeout,
              struct mqworker_options const *o, char **cmd)
{
  queue = q;
  command = cmd;
  max_attempts = o->max_attempts;
  n_jobs = o->jobs ? o->jobs : 1;
  jobs = xicalloc (n_jobs, sizeof *jobs);
  for (idx_t i = 0; i < n_jobs; i++)
    jobs[i].fd = -1;
  /* Static, so that it is not a leak when a signal ends mqrecv.  */
  static struct pollfd *fds;
  fds = xinmalloc (n_jobs + 1, sizeof *fds);
  if (o->dead_letter)
    open_dead_letter (o->dead_letter);
  env_init ();

  /* SIGCHLD wakes child_wait, the only place where it is not
     blocked.  */
  child_wait_init ();
  sigset_t chld;
  sigemptyset (&chld);
  sigaddset (&chld, SIGCHLD);
  sigprocmask (SIG_BLOCK, &chld, &child_mask);
  sigset_t wait_mask = child_mask;
  sigdelset (&wait_mask, SIGCHLD);

  idx_t until_len = until ? strlen (until) : 0;
  intmax_t taken = 0;
  bool timed_out = false;
  bool waiting = false;         /* for a message, since WAIT_START */
  struct timespec wait_start;

  for (;;)
    {
      reap ();
      if (interrupt_signal || count <= taken)
        stopping = true;
      if (stopping && running == 0)
        break;

      bool can_take = !stopping && running < n_jobs;
      if (!can_take)
        waiting = false;
      else
        {
          /* Wait for a message: as long as --timeout says when no
             COMMAND runs; otherwise for a slice, then look at them.  */
          struct timespec t;
          struct timespec const *tp = NULL;
          if (!waiting)
            {
              waiting = true;
              wait_start = monotonic_now ();
            }
          if (timeout)
            {
              t = timespec_sub (timespec_add (wait_start, *timeout),
                                monotonic_now ());
              if (timespec_sign (t) < 0)
                t = no_wait;
              tp = &t;
            }
          if (0 < feeding)
            tp = &no_wait;
          else if (0 < running && (!tp || timespec_cmp (slice, *tp) < 0))
            {
              t = slice;
              tp = &t;
            }

          char *data;
          long type;
          ssize_t n = queue_receive (queue, sel, tp, &data, &type);
          if (0 <= n)
            {
              waiting = false;
              if (until && n == until_len && memcmp (data, until, n) == 0)
                stopping = true;
              else
                {
                  taken++;
                  start (type, data, n);
                }
              continue;
            }
          int err = errno;
          if (err == EINTR)
            continue;
          if (err == EAGAIN || err == ETIMEDOUT)
            {
              if (timeout
                  && timespec_cmp (timespec_add (wait_start, *timeout),
                                   monotonic_now ()) <= 0)
                {
                  timed_out = true;
                  stopping = true;
                  continue;
                }
              if (feeding == 0)
                continue;
            }
          else
            {
              receive_error (err, sel);
              own_error = true;
              stopping = true;
              continue;
            }
        }

      /* Wait for a COMMAND to end or to take more of its message.  */
      nfds_t nfds = 0;
      for (idx_t i = 0; i < n_jobs; i++)
        if (0 <= jobs[i].fd)
          {
            fds[nfds].fd = jobs[i].fd;
            fds[nfds].events = POLLOUT;
            nfds++;
          }
      int r = child_wait (fds, nfds, can_take ? &slice : NULL, &wait_mask);
      if (r < 0 && errno != EINTR)
        {
          /* Never exit with messages in COMMANDs' hands: stop as at a
             signal (take no more, wait for the COMMANDs that run, put
             back what they fail), looking at them every slice, and
             exit 1.  */
          if (!own_error)
            error (0, errno, _("poll failed"));
          own_error = true;
          stopping = true;
          nanosleep (&slice, NULL);
          r = 1;                /* feed every COMMAND: feed never blocks */
        }
      for (idx_t i = 0; 0 < r && i < n_jobs; i++)
        if (0 <= jobs[i].fd)
          feed (&jobs[i]);
    }

  sigprocmask (SIG_SETMASK, &child_mask, NULL);
  if (interrupt_signal)
    interrupt_exit ();
  if (fatal_status)
    return fatal_status;
  if (own_error)
    return EXIT_FAILURE;
  if (0 < failed_messages)
    return MQWORKER_EXIT_FAILED;
  if (timed_out)
    return EXIT_TIMEOUT;
  return EXIT_SUCCESS;
}
