/* mqrecv -- receive messages from a System V or POSIX message queue
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
#include <sys/types.h>

#include "system.h"
#include "xstdopen.h"
#include "ipcutils.h"
#include "mq.h"

#include <poll.h>
#include <sys/stat.h>

#include "intprops.h"
#include "timespec.h"

/* The official name of this program.  */
#define PROGRAM_NAME "mqrecv"

enum
{
  UNTIL_OPTION = PROGRAM_OPTION_BASE,
  TIMEOUT_OPTION
};

static struct option const long_options[] =
{
  OBJECT_LONGOPTS,
  CREATE_LONGOPTS,
  {"type", required_argument, NULL, 't'},
  {"except", no_argument, NULL, 'x'},
  {"count", required_argument, NULL, 'c'},
  {"follow", no_argument, NULL, 'f'},
  {"until", required_argument, NULL, UNTIL_OPTION},
  {"timeout", required_argument, NULL, TIMEOUT_OPTION},
  {"zero-terminated", no_argument, NULL, 'z'},
  {"raw", no_argument, NULL, 'r'},
  {"print-type", no_argument, NULL, 'T'},
  {"remove", no_argument, NULL, 'R'},
  {"buffer-size", required_argument, NULL, 'b'},
  {GETOPT_HELP_OPTION_DECL},
  {GETOPT_VERSION_OPTION_DECL},
  {NULL, 0, NULL, 0}
};

void
usage (int status)
{
  if (status != EXIT_SUCCESS)
    emit_try_help ();
  else
    {
      printf (_("\
Usage: %s [OPTION]...\n"), program_name);
      fputs (_("\
Receive a message from a System V or POSIX message queue and write it\n\
to standard output, followed by a newline.\n\
\n"), stdout);
      fputs (_("\
Mandatory arguments to long options are mandatory for short options too.\n\
"), stdout);
      emit_object_options (OBJECT_SYSV | OBJECT_POSIX, true);
      fputs (_("\
  -t, --type=N          System V: 0 receives the first message (default),\n\
                          N > 0 the first of type N, N < 0 the first of\n\
                          the lowest type not above -N\n\
  -x, --except          with -t N: the first message whose type is not N\n\
  -c, --count=N         receive N messages\n\
  -f, --follow          receive messages until interrupted\n\
      --until=TEXT      receive until a message equal to TEXT, which is\n\
                          not written; implies --follow unless --count\n\
                          bounds the number of messages\n\
"), stdout);
      fputs (_("\
      --timeout=DURATION  wait at most DURATION for each message: a\n\
                          floating number of seconds with an optional\n\
                          suffix s, m, h or d; 0 means do not wait\n\
  -z, --zero-terminated  end each message with NUL, not newline\n\
  -r, --raw             write messages with nothing after them\n\
  -T, --print-type      write each message's type (System V) or priority\n\
                          (POSIX) and a tab before it\n\
  -R, --remove          remove the queue at exit\n\
  -b, --buffer-size=BYTES  receive System V messages of up to BYTES\n\
                          (default: kernel.msgmax)\n\
"), stdout);
      fputs (HELP_OPTION_DESCRIPTION, stdout);
      fputs (VERSION_OPTION_DESCRIPTION, stdout);
      fputs (_("\
\n\
POSIX queues deliver the oldest message of the highest priority first.\n\
Each message is written out as soon as it is received; when several are\n\
waiting, they are written together.  A message that was received but\n\
could not be written is put back on its queue before mqrecv fails.\n\
"), stdout);
      emit_exit_status (true);
      printf (_("\
\n\
Examples:\n\
  %s -k 123456 -t 10        receive one message of type 10\n\
  %s -p /jobs -f | while read -r job; do ...; done\n\
                             process messages as they come\n\
  %s -k 123456 -c 5 --timeout=2s   receive 5 messages, waiting 2\n\
                             seconds at most for each\n\
"), program_name, program_name, program_name);
      emit_ancillary_info (PROGRAM_NAME);
    }
  exit (status);
}

/* A message in the output batch, kept so that it can be put back.  */
struct pending
{
  long type;
  idx_t start;                  /* offset of its text in the batch */
  idx_t len;
};

static struct queue queue;
static struct record_writer out;
static struct pending *pending;
static idx_t pending_alloc;

/* Most messages written in one batch.  */
enum { BATCH_MAX = 1024 };

/* Put back the messages of the batch from the FIRST-th on, in order.  */
static void
requeue (idx_t first)
{
  /* With --remove, keep a queue that holds messages put back.  */
  if (first < out.count)
    cleanup_clear ();
  for (idx_t i = first; i < out.count; i++)
    {
      struct pending const *p = &pending[i];
      if (queue_send (&queue, p->type, out.buf + p->start, p->len, NULL)
          != 0)
        error (0, errno,
               _("a message of %jd bytes is lost: cannot put it back on"
                 " message queue %s"),
               (intmax_t) p->len, object_describe (queue.obj));
    }
}

/* Write the batch out.  If that fails, put back the messages that were
   not written whole, diagnose and exit.  */
static void
flush (void)
{
  if (out.count == 0)
    return;
  idx_t count = out.count, done;
  if (record_writer_flush (&out, &done) == 0)
    return;
  int err = errno;
  out.count = count;
  requeue (done);
  if (err == EINTR && interrupt_signal)
    interrupt_exit ();
  diagnose_write_error (err);
  exit (EXIT_FAILURE);
}

/* Add a message of type TYPE to the batch.  */
static void
add (long type, char const *data, idx_t len, bool print_type)
{
  char prefix[INT_BUFSIZE_BOUND (long) + 1];
  int plen = print_type ? sprintf (prefix, "%ld\t", type) : 0;

  if (!record_writer_fits (&out, plen + len))
    flush ();
  if (out.count == pending_alloc)
    pending = xpalloc (pending, &pending_alloc, 1, -1, sizeof *pending);
  struct pending *p = &pending[out.count];
  p->type = type;
  p->start = out.used + plen;
  p->len = len;
  if (plen)
    {
      /* The prefix and the text make one record.  */
      char *rec = ximalloc (plen + len);
      memcpy (rec, prefix, plen);
      memcpy (rec + plen, data, len);
      record_writer_add (&out, rec, plen + len);
      free (rec);
    }
  else
    record_writer_add (&out, data, len);
}

/* Whether standard output is a pipe or socket, whose reader may go
   away while we wait for a message.  */
static bool watch_output;

/* Whether the reader of standard output is still there.  */
static bool
output_alive (void)
{
  struct pollfd pfd = { .fd = STDOUT_FILENO, .events = 0 };
  return ! (poll (&pfd, 1, 0) == 1
            && (pfd.revents & (POLLERR | POLLHUP | POLLNVAL)));
}

static struct timespec
monotonic_now (void)
{
  struct timespec now;
  clock_gettime (CLOCK_MONOTONIC, &now);
  return now;
}

/* Receive as queue_receive does, but when standard output is a pipe,
   wake up every second to see whether its reader has gone, as
   "tail -f" does, so that "mqrecv -f | head -1" ends; fail with EPIPE
   then.  */
static ssize_t
receive (struct queue_select const *sel, struct timespec const *timeout,
         char **data, long *type)
{
  static struct timespec const second = { 1, 0 };
  if (!watch_output || (timeout && timespec_cmp (*timeout, second) <= 0))
    return queue_receive (&queue, sel, timeout, data, type);

  struct timespec end = (timeout
                         ? timespec_add (monotonic_now (), *timeout)
                         : make_timespec (TYPE_MAXIMUM (time_t),
                                          TIMESPEC_HZ - 1));
  for (;;)
    {
      struct timespec left = timespec_sub (end, monotonic_now ());
      if (timespec_sign (left) <= 0)
        {
          errno = ETIMEDOUT;
          return -1;
        }
      struct timespec slice = timespec_cmp (left, second) < 0 ? left : second;
      ssize_t n = queue_receive (&queue, sel, &slice, data, type);
      if (0 <= n || (errno != ETIMEDOUT && errno != EAGAIN))
        return n;
      if (!output_alive ())
        {
          errno = EPIPE;
          return -1;
        }
    }
}

int
main (int argc, char **argv)
{
  static struct ipc_object obj;
  struct queue_select sel = { 0, false };
  char const *type_arg = NULL;
  intmax_t count = 1;
  bool follow = false, print_type = false, remove_queue = false;
  bool count_given = false;
  char const *until = NULL;
  struct timespec timeout;
  struct timespec const *timeout_ptr = NULL;
  int delim = '\n';
  idx_t bufsize = 0;
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
                           OBJECT_SHORTOPTS CREATE_SHORTOPTS "t:xc:fzrTRb:",
                           long_options, NULL)) != -1)
    {
      if (object_option (&obj, c, optarg))
        continue;
      switch (c)
        {
        case 't':
          type_arg = optarg;
          sel.type = xnumber (optarg, -LONG_MAX, LONG_MAX, _("message type"));
          break;
        case 'x':
          sel.except = true;
          break;
        case 'c':
          count = xnumber (optarg, 1, INTMAX_MAX, _("count"));
          count_given = true;
          break;
        case 'f':
          follow = true;
          break;
        case UNTIL_OPTION:
          until = optarg;
          follow = true;
          break;
        case TIMEOUT_OPTION:
          timeout = xduration (optarg, _("timeout"));
          timeout_ptr = &timeout;
          break;
        case 'z':
          delim = '\0';
          break;
        case 'r':
          delim = -1;
          break;
        case 'T':
          print_type = true;
          break;
        case 'R':
          remove_queue = true;
          break;
        case 'b':
          bufsize = xsize (optarg, 1, INT_MAX, _("buffer size"));
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

  bool posix = obj.kind == OBJ_POSIX;
  if (posix && (type_arg || sel.except))
    error (EXIT_FAILURE, 0, _("message types do not apply to POSIX queues,"
                              " which deliver by priority"));
  if (sel.except && sel.type <= 0)
    error (EXIT_FAILURE, 0, _("--except needs a positive --type"));
  if (posix && bufsize)
    error (EXIT_FAILURE, 0, _("--buffer-size applies only to System V"
                              " queues"));
  if (count_given && follow && !until)
    {
      error (0, 0, _("--count and --follow cannot be used together"));
      usage (EXIT_FAILURE);
    }
  if (follow && !count_given)
    count = INTMAX_MAX;

  interrupt_install ();
  queue_open (&queue, &obj, O_RDWR, NULL);
  if (remove_queue)
    queue_remove_at_exit (&queue);
  if (bufsize)
    queue_set_bufsize (&queue, bufsize);

  record_writer_init (&out, STDOUT_FILENO, delim, 256 * 1024);
  struct stat st;
  watch_output = (fstat (STDOUT_FILENO, &st) == 0
                  && (S_ISFIFO (st.st_mode) || S_ISSOCK (st.st_mode)));
  idx_t until_len = until ? strlen (until) : 0;
  static struct timespec const no_wait = { 0, 0 };
  int status = EXIT_SUCCESS;

  for (intmax_t received = 0; received < count; )
    {
      /* While there is output to write, take only what is already
         queued; write it before waiting for more.  */
      bool batching = 0 < out.count;
      char *data;
      long type;
      ssize_t n = (batching
                   ? queue_receive (&queue, &sel, &no_wait, &data, &type)
                   : receive (&sel, timeout_ptr, &data, &type));
      if (n < 0)
        {
          int err = errno;
          if (batching && err == EAGAIN)
            {
              flush ();
              continue;
            }
          flush ();
          if (err == EINTR)
            interrupt_exit ();
          if (err == EPIPE)
            {
              /* The reader went away: nothing was lost.  */
              status = EXIT_FAILURE;
              break;
            }
          if (err == EAGAIN || err == ETIMEDOUT)
            {
              status = EXIT_TIMEOUT;
              break;
            }
          if (err == E2BIG)
            {
              ssize_t size = queue_oversize (&queue, &sel);
              if (0 <= size)
                error (EXIT_FAILURE, 0,
                       _("a message of %jd bytes in message queue %s is"
                         " larger than the receive buffer of %jd bytes;"
                         " it was left in the queue"),
                       (intmax_t) size, object_describe (queue.obj),
                       (intmax_t) queue.bufsize);
              error (EXIT_FAILURE, 0,
                     _("a message in message queue %s is larger than the"
                       " receive buffer of %jd bytes; it was left in the"
                       " queue"),
                     object_describe (queue.obj), (intmax_t) queue.bufsize);
            }
          if (err == EIDRM || (err == EINVAL && !posix))
            error (EXIT_FAILURE, 0, _("message queue %s was removed"),
                   object_describe (queue.obj));
          error (EXIT_FAILURE, err, _("cannot receive from message queue %s"),
                 object_describe (queue.obj));
        }

      if (until && n == until_len && memcmp (data, until, n) == 0)
        break;
      add (type, data, n, print_type);
      received++;
      if (BATCH_MAX <= out.count)
        flush ();
    }

  flush ();
  return status;
}
