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
#include "mqworker.h"


#include "intprops.h"
#include "timespec.h"

/* The official name of this program.  */
#define PROGRAM_NAME "mqrecv"

enum
{
  UNTIL_OPTION = PROGRAM_OPTION_BASE,
  BATCH_OPTION,
  NETSTRING_OPTION
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
  TIMEOUT_LONGOPTS,
  {"zero-terminated", no_argument, NULL, 'z'},
  {"raw", no_argument, NULL, 'r'},
  {"netstring", no_argument, NULL, NETSTRING_OPTION},
  {"print-type", no_argument, NULL, 'T'},
  {"remove", no_argument, NULL, 'R'},
  {"buffer-size", required_argument, NULL, 'b'},
  {"batch", no_argument, NULL, BATCH_OPTION},
  MQWORKER_LONGOPTS,
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
Usage: %s [OPTION]... [[--] COMMAND [ARG]...]\n"), program_name);
      fputs (_("\
Receive a message from a System V or POSIX message queue and write it\n\
to standard output, followed by a newline; or run COMMAND for each.\n\
\n"), stdout);
      emit_mandatory_arg_note ();
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
      emit_timeout_option ();
      fputs (_("\
                          (DURATION bounds the wait for each message)\n\
"), stdout);
      fputs (_("\
  -z, --zero-terminated  end each message with NUL, not newline\n\
  -r, --raw             write messages with nothing after them\n\
      --netstring       write each message as a netstring, LEN:BYTES,\n\
  -T, --print-type      write each message's type (System V) or priority\n\
                          (POSIX) and a tab before it; with --netstring,\n\
                          as a netstring before the message's\n\
  -R, --remove          remove the queue at exit\n\
  -b, --buffer-size=BYTES  receive System V messages of up to BYTES\n\
                          (default: kernel.msgmax)\n\
      --batch           write out every message that is waiting at once,\n\
                          without waiting for the reader (see below)\n\
"), stdout);
      mqworker_emit_options ();
      fputs (HELP_OPTION_DESCRIPTION, stdout);
      fputs (VERSION_OPTION_DESCRIPTION, stdout);
      fputs (_("\
\n\
POSIX queues deliver the oldest message of the highest priority first.\n\
\n\
When standard output is a pipe or a socket, mqrecv takes a message off\n\
the queue only once the reader has read the one before it out of the\n\
pipe, so a reader that stops early (head -n 1, \"while read ... break\")\n\
leaves the rest in the queue; a message that the reader leaves unread,\n\
or that a signal finds unread, is put back on its queue (at its end).\n\
With --batch, every message that is waiting is received and written at\n\
once, which is faster but loses what the reader does not read.  A\n\
message that could not be written is put back in both modes.\n\
"), stdout);
      emit_exit_status (true);
      mqworker_emit_command ();
      printf (_("\
\n\
Examples:\n\
  %s -k 123456 -t 10\n\
      receive one message of type 10\n\
  %s -p /jobs -f | while read -r job; do ...; done\n\
      process messages as they come\n\
  %s -k 123456 -c 5 --timeout=2s\n\
      receive 5 messages, waiting 2 seconds at most for each\n\
  %s -p /jobs -f -j 4 -- sh -c 'gzip -- \"$(cat)\"'\n\
      compress the file each message names, 4 at once\n\
"), program_name, program_name, program_name, program_name);
      emit_ancillary_info (PROGRAM_NAME);
    }
  exit (status);
}

/* What the command line asks for: what to receive and how to write it
   out, or which COMMAND to run for each.  */
struct options
{
  struct ipc_object obj;        /* the queue */
  struct queue_select sel;
  intmax_t count;               /* messages to receive */
  struct timeout_option timeout; /* wait for each message */
  char const *until;            /* stop at this message, or null */
  idx_t until_len;
  bool print_type;              /* -T */
  bool netstring;               /* --netstring */
  int delim;                    /* after each message, or -1 */
  char const *type_arg;         /* -t as given, or null */
  bool follow;                  /* -f, or --until */
  bool count_given;             /* -c */
  bool remove_queue;            /* -R */
  bool batch;                   /* --batch */
  idx_t bufsize;                /* -b, or 0 */
  struct mqworker_options wopts; /* -j and the other COMMAND options */
  char **command;               /* COMMAND [ARG]..., or null */
};

/* --batch: a message in the output batch, kept so that it can be put
   back.  */
struct pending
{
  long type;
  idx_t start;                  /* offset of its text in the batch */
  idx_t len;
};

/* A receiver at work: its options, its queue, and its output.  */
struct receiver
{
  struct options const *o;
  struct queue queue;
  bool watch_output;            /* standard output is a pipe or socket,
                                   whose reader may go away while we
                                   wait for a message */
  char *rec;                    /* the record being formatted */
  idx_t rec_alloc;
  struct record_writer batch;   /* --batch: the records to write */
  struct pending *pending;      /* and their messages */
  idx_t pending_alloc;
};

/* Say that a message of LEN bytes could not be put back on the queue
   of R (errno).  */
static void
lost (struct receiver const *r, idx_t len)
{
  error (0, errno,
         ngettext ("a message of %jd byte is lost: cannot put it back on"
                   " message queue %s",
                   "a message of %jd bytes is lost: cannot put it back on"
                   " message queue %s", select_plural (len)),
         (intmax_t) len, object_describe (r->queue.obj));
}

/* Put back the message of LEN bytes at DATA with TYPE, at the end of
   its queue (the kernel offers nothing else).  If the queue is full,
   wait for room, as mqsend does, saying so after a second, until a
   signal arrives; with SOON, try for a tenth of a second at most.
   Return whether the message is back; if not, say so unless SOON.  */
static bool
put_back (struct receiver *r, long type, char const *data, idx_t len,
          bool soon)
{
  static struct timespec const no_wait = { 0, 0 };
  static struct timespec const second = { 1, 0 };
  static struct timespec const pause = { 0, 1000 * 1000 };

  /* With --remove, keep a queue that holds messages put back.  */
  cleanup_clear ();
  if (soon)
    {
      for (int i = 0; i < 100; i++)
        {
          if (queue_send (&r->queue, type, data, len, &no_wait) == 0)
            return true;
          if (! (errno == EAGAIN || errno == EINTR))
            break;
          nanosleep (&pause, NULL);
        }
      return false;
    }

  int sent = queue_send (&r->queue, type, data, len, &second);
  if (sent != 0 && (errno == EAGAIN || errno == ETIMEDOUT))
    {
      error (0, 0, _("waiting for room in message queue %s to put back a"
                     " message that was not delivered"),
             object_describe (r->queue.obj));
      sent = queue_send (&r->queue, type, data, len, NULL);
    }
  if (sent == 0)
    return true;
  lost (r, len);
  return false;
}

static struct timespec
monotonic_now (void)
{
  struct timespec now;
  clock_gettime (CLOCK_MONOTONIC, &now);
  return now;
}

/* Receive the message that R's options select, waiting as --timeout
   says, as queue_receive does; but when standard output is a pipe,
   wake up every second to see whether its reader has gone, as
   "tail -f" does, so that "mqrecv -f | head -1" ends; fail with EPIPE
   then.  */
static ssize_t
receive (struct receiver *r, char **data, long *type)
{
  struct queue_select const *sel = &r->o->sel;
  struct timespec const *timeout = timeout_duration (&r->o->timeout);
  static struct timespec const second = { 1, 0 };
  static struct timespec const no_wait = { 0, 0 };
  if (!r->watch_output
      || (timeout && timespec_cmp (*timeout, second) <= 0))
    return queue_receive (&r->queue, sel, timeout, data, type);

  /* A message that is waiting needs no clock and no timer.  */
  ssize_t n = queue_receive (&r->queue, sel, &no_wait, data, type);
  if (0 <= n || errno != EAGAIN)
    return n;

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
      n = queue_receive (&r->queue, sel, &slice, data, type);
      if (0 <= n || (errno != ETIMEDOUT && errno != EAGAIN))
        return n;
      if (output_gone (STDOUT_FILENO))
        {
          errno = EPIPE;
          return -1;
        }
    }
}

/* A receive failed with ERR, holding no message, and not because the
   reader left or the time is up: diagnose and exit, or die of the
   signal after EINTR.  */
static _Noreturn void
receive_error (struct receiver *r, int err)
{
  struct queue *queue = &r->queue;
  if (err == EINTR)
    interrupt_exit ();
  if (err == E2BIG)
    {
      ssize_t size = queue_oversize (queue, &r->o->sel);
      if (0 <= size)
        error (EXIT_FAILURE, 0,
               ngettext ("a message of size %jd in message queue %s is"
                         " larger than the receive buffer of %jd byte;"
                         " it was left in the queue",
                         "a message of size %jd in message queue %s is"
                         " larger than the receive buffer of %jd bytes;"
                         " it was left in the queue",
                         select_plural (queue->bufsize)),
               (intmax_t) size, object_describe (queue->obj),
               (intmax_t) queue->bufsize);
      error (EXIT_FAILURE, 0,
             ngettext ("a message in message queue %s is larger than the"
                       " receive buffer of %jd byte; it was left in the"
                       " queue",
                       "a message in message queue %s is larger than the"
                       " receive buffer of %jd bytes; it was left in the"
                       " queue", select_plural (queue->bufsize)),
             object_describe (queue->obj), (intmax_t) queue->bufsize);
    }
  if (err == EIDRM || (err == EINVAL && !queue->posix))
    error (EXIT_FAILURE, 0, _("message queue %s was removed"),
           object_describe (queue->obj));
  error (EXIT_FAILURE, err, _("cannot receive from message queue %s"),
         object_describe (queue->obj));
  abort ();
}

/* No message came within --timeout: say so as the suite's rule says
   (ipcutils.h), and return EXIT_TIMEOUT.  */
static int
timed_out (struct receiver const *r)
{
  return timeout_diagnose (&r->o->timeout,
                           _("a message in message queue %s"),
                           object_describe (r->queue.obj));
}

/* A receive failed with ERR, holding no message.  If the reader left
   (nothing was lost) or the time is up, set *STATUS; otherwise
   diagnose and exit.  */
static void
receive_failed (struct receiver *r, int err, int *status)
{
  if (! (err == EPIPE || err == EAGAIN || err == ETIMEDOUT))
    receive_error (r, err);
  *status = err == EPIPE ? EXIT_FAILURE : timed_out (r);
}

/* The message of LEN bytes at DATA with TYPE as one output record, in
   *BUF of *ALLOC bytes: with -T its type and a tab (or with --netstring
   its type as a netstring), the netstring header with --netstring,
   the text, the delimiter (a comma with --netstring).  Return the
   record's length, and set *START to where the text begins in it.  */
static idx_t
format_record (char **buf, idx_t *alloc, struct options const *o,
               long type, char const *data, idx_t len, idx_t *start)
{
  char prefix[2 * NETSTRING_HEADER_MAX + INT_BUFSIZE_BOUND (long) + 1];
  int plen = 0;
  if (o->print_type)
    {
      char t[INT_BUFSIZE_BOUND (long)];
      int tlen = sprintf (t, "%ld", type);
      if (o->netstring)
        plen = netstring_header (prefix, tlen);
      memcpy (prefix + plen, t, tlen);
      plen += tlen;
      prefix[plen++] = o->netstring ? ',' : '\t';
    }
  if (o->netstring)
    plen += netstring_header (prefix + plen, len);
  idx_t size = plen + len + (0 <= o->delim);
  if (*alloc < size)
    *buf = xpalloc (*buf, alloc, size - *alloc, -1, 1);
  memcpy (*buf, prefix, plen);
  memcpy (*buf + plen, data, len);
  if (0 <= o->delim)
    (*buf)[plen + len] = o->delim;
  *start = plen;
  return size;
}

/* Whether the message of N bytes at DATA is the --until text.  */
static bool
is_until (struct options const *o, char const *data, idx_t n)
{
  return o->until && n == o->until_len && memcmp (data, o->until, n) == 0;
}

/* The default: hand each message over to the reader (handover.c)
   before receiving the next, and put back the one it did not take.  */
static int
receive_handed_over (struct receiver *r)
{
  struct options const *o = r->o;
  struct handover out;
  int status = EXIT_SUCCESS;

  handover_init (&out, STDOUT_FILENO, true);
  for (intmax_t received = 0; received < o->count; received++)
    {
      interrupt_check ();
      char *data;
      long type;
      ssize_t n = receive (r, &data, &type);
      if (n < 0)
        {
          receive_failed (r, errno, &status);
          break;
        }
      if (is_until (o, data, n))
        break;
      idx_t start;
      idx_t len = format_record (&r->rec, &r->rec_alloc, o, type, data, n,
                                 &start);
      if (handover_write (&out, r->rec, len) != 0)
        {
          int err = errno;
          if (err == EINTR && interrupt_signal)
            {
              /* The reader is still there: if the queue has no room
                 for the message, let the reader have it after all.  */
              if (!put_back (r, type, data, n, true)
                  && !handover_restore (&out, r->rec, len))
                lost (r, n);
              interrupt_exit ();
            }
          put_back (r, type, data, n, false);
          diagnose_write_error (err);
          status = EXIT_FAILURE;
          break;
        }
    }
  handover_end (&out);
  return status;
}

/* Most messages written in one batch.  */
enum { BATCH_MAX = 1024 };

/* Write the batch out.  If that fails, put back the messages that were
   not written whole, diagnose and exit.  */
static void
flush (struct receiver *r)
{
  struct record_writer *batch = &r->batch;
  if (record_writer_count (batch) == 0)
    return;
  idx_t count = record_writer_count (batch), done;
  if (record_writer_flush (batch, &done) == 0)
    return;
  int err = errno;
  /* After a signal, try each only briefly.  */
  bool soon = interrupt_signal != 0;
  for (idx_t i = done; i < count; i++)
    {
      struct pending const *p = &r->pending[i];
      if (!put_back (r, p->type, record_writer_data (batch) + p->start,
                     p->len, soon) && soon)
        lost (r, p->len);
    }
  if (err == EINTR && interrupt_signal)
    interrupt_exit ();
  write_error (err);
}

/* Add a message of type TYPE to the batch.  */
static void
add (struct receiver *r, long type, char const *data, idx_t len)
{
  idx_t plen;
  idx_t rlen = format_record (&r->rec, &r->rec_alloc, r->o, type, data, len,
                              &plen);

  if (!record_writer_fits (&r->batch, rlen))
    flush (r);
  if (record_writer_count (&r->batch) == r->pending_alloc)
    r->pending = xpalloc (r->pending, &r->pending_alloc, 1, -1,
                          sizeof *r->pending);
  struct pending *p = &r->pending[record_writer_count (&r->batch)];
  p->type = type;
  p->start = record_writer_size (&r->batch) + plen;
  p->len = len;
  record_writer_add (&r->batch, r->rec, rlen);
}

/* --batch: receive every message that is waiting, then write them out
   together.  */
static int
receive_batched (struct receiver *r)
{
  static struct timespec const no_wait = { 0, 0 };
  struct options const *o = r->o;

  /* format_record frames each record: the writer adds nothing.  */
  record_writer_init (&r->batch, STDOUT_FILENO, -1, 256 * 1024);
  for (intmax_t received = 0; received < o->count; )
    {
      if (interrupt_signal)
        {
          /* Write nothing more: put back the whole batch.  */
          flush (r);
          interrupt_exit ();
        }
      /* While there is output to write, take only what is already
         queued; write it before waiting for more.  */
      bool batching = 0 < record_writer_count (&r->batch);
      char *data;
      long type;
      ssize_t n = (batching
                   ? queue_receive (&r->queue, &o->sel, &no_wait, &data,
                                    &type)
                   : receive (r, &data, &type));
      if (n < 0)
        {
          int err = errno;
          flush (r);
          if (batching && err == EAGAIN)
            continue;
          int status;
          receive_failed (r, err, &status);
          return status;
        }
      if (is_until (o, data, n))
        break;
      add (r, type, data, n);
      received++;
      if (BATCH_MAX <= record_writer_count (&r->batch))
        flush (r);
    }
  flush (r);
  return EXIT_SUCCESS;
}

/* Write out the messages of R, handed over to the reader or (with
   --batch) batched.  Return the exit status.  */
static int
write_messages (struct receiver *r)
{
  r->watch_output = output_watchable (STDOUT_FILENO);

  int status = r->o->batch ? receive_batched (r) : receive_handed_over (r);

  /* A queue that we made and that nobody used while we waited for as
     long as we were told is not left behind.  A signal leaves it: a
     sender may have opened it and would then send into a removed
     POSIX queue.  */
  if (status == EXIT_TIMEOUT)
    queue_remove_unused (&r->queue);
  return status;
}

/* Run R's COMMAND for each message (mqworker.c).  Return the exit
   status.  */
static int
run_commands (struct receiver *r)
{
  struct options const *o = r->o;
  int status = mqworker_run (&r->queue, &o->sel, o->count, o->until,
                             timeout_duration (&o->timeout), &o->wopts,
                             o->command);
  return status == EXIT_TIMEOUT ? timed_out (r) : status;
}

/* Parse the options of ARGV into O, and take the COMMAND that follows
   them.  */
static void
parse_options (int argc, char **argv, struct options *o)
{
  o->count = 1;
  o->delim = '\n';
  object_init (&o->obj);

  int c;
  while ((c = getopt_long (argc, argv,
                           ("+" OBJECT_SHORTOPTS CREATE_SHORTOPTS
                            MQWORKER_SHORTOPTS "t:xc:fzrTRb:"),
                           long_options, NULL)) != -1)
    {
      if (object_option (&o->obj, c, optarg)
          || mqworker_option (&o->wopts, c, optarg)
          || timeout_option (&o->timeout, c, optarg))
        continue;
      switch (c)
        {
        case 't':
          o->type_arg = optarg;
          o->sel.type = xnumber (optarg, -LONG_MAX, LONG_MAX,
                                 _("message type"));
          break;
        case 'x':
          o->sel.except = true;
          break;
        case 'c':
          o->count = xnumber (optarg, 1, INTMAX_MAX, _("count"));
          o->count_given = true;
          break;
        case 'f':
          o->follow = true;
          break;
        case UNTIL_OPTION:
          o->until = optarg;
          o->follow = true;
          break;
        case 'z':
          o->delim = '\0';
          break;
        case 'r':
          o->delim = -1;
          break;
        case 'T':
          o->print_type = true;
          break;
        case NETSTRING_OPTION:
          o->netstring = true;
          break;
        case 'R':
          o->remove_queue = true;
          break;
        case 'b':
          o->bufsize = xsize (optarg, 1, INT_MAX, _("buffer size"));
          break;
        case BATCH_OPTION:
          o->batch = true;
          break;
        case_GETOPT_HELP_CHAR;
        case_GETOPT_VERSION_CHAR (PROGRAM_NAME, AUTHORS);
        default:
          usage (EXIT_FAILURE);
        }
    }

  o->command = optind < argc ? argv + optind : NULL;
}

/* Check O: reject options that do not go together, with a specific
   message, and work out what follows from the others.  */
static void
check_options (struct options *o)
{
  mqworker_check (&o->wopts, o->command);
  if (o->command && (o->delim != '\n' || o->print_type || o->batch
                     || o->netstring))
    error (EXIT_FAILURE, 0, _("--zero-terminated, --raw, --netstring,"
                              " --print-type and --batch do not apply"
                              " with a COMMAND"));
  if (o->netstring && o->delim != '\n')
    {
      error (0, 0, _("--netstring cannot be used with %s"),
             o->delim ? "--raw" : "--zero-terminated");
      usage (EXIT_FAILURE);
    }
  if (o->netstring)
    o->delim = ',';
  object_finish (&o->obj, OBJECT_SYSV | OBJECT_POSIX);

  bool posix = o->obj.kind == OBJ_POSIX;
  if (posix && (o->type_arg || o->sel.except))
    error (EXIT_FAILURE, 0, _("message types do not apply to POSIX queues,"
                              " which deliver by priority"));
  if (o->sel.except && o->sel.type <= 0)
    error (EXIT_FAILURE, 0, _("--except needs a positive --type"));
  if (posix && o->bufsize)
    error (EXIT_FAILURE, 0, _("--buffer-size applies only to System V"
                              " queues"));
  if (o->count_given && o->follow && !o->until)
    {
      error (0, 0, _("--count and --follow cannot be used together"));
      usage (EXIT_FAILURE);
    }
  if (o->follow && !o->count_given)
    o->count = INTMAX_MAX;
  o->until_len = o->until ? strlen (o->until) : 0;
}

/* Open the queue of O into R, to receive from it (and to put messages
   back).  */
static void
open_queue (struct receiver *r, struct options *o)
{
  r->o = o;
  queue_open (&r->queue, &o->obj, O_RDWR, NULL);
  if (o->remove_queue)
    queue_remove_at_exit (&r->queue);
  if (o->bufsize)
    queue_set_bufsize (&r->queue, o->bufsize);
}

int
main (int argc, char **argv)
{
  /* Static: the queue keeps a pointer to the object of the options,
     and the buffers stay reachable at exit for leak checkers.  */
  static struct options o;
  static struct receiver r;

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
  interrupt_install ();
  open_queue (&r, &o);
  return o.command ? run_commands (&r) : write_messages (&r);
}
