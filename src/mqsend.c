/* mqsend -- send messages to a System V or POSIX message queue
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

#include "c-ctype.h"
#include "intprops.h"
#include "minmax.h"
#include "quotearg.h"
#include "xstrtol.h"

/* The official name of this program.  */
#define PROGRAM_NAME "mqsend"

enum
{
  WHOLE_OPTION = PROGRAM_OPTION_BASE,
  MAX_MESSAGES_OPTION,
  MAX_SIZE_OPTION,
  NETSTRING_OPTION
};

static struct option const long_options[] =
{
  OBJECT_LONGOPTS,
  CREATE_LONGOPTS,
  {"type", required_argument, NULL, 't'},
  {"zero-terminated", no_argument, NULL, 'z'},
  {"whole", no_argument, NULL, WHOLE_OPTION},
  {"netstring", no_argument, NULL, NETSTRING_OPTION},
  {"typed", no_argument, NULL, 'T'},
  {"max-messages", required_argument, NULL, MAX_MESSAGES_OPTION},
  {"max-size", required_argument, NULL, MAX_SIZE_OPTION},
  TIMEOUT_LONGOPTS,
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
Usage: %s [OPTION]... [MESSAGE]...\n"), program_name);
      fputs (_("\
Send each MESSAGE to a System V or POSIX message queue.  Without\n\
MESSAGE operands, send each line of standard input as one message,\n\
without its newline.\n\
\n"), stdout);
      emit_mandatory_arg_note ();
      emit_object_options (OBJECT_SYSV | OBJECT_POSIX, true);
      fputs (_("\
  -t, --type=N          send with System V message type N (at least 1,\n\
                          default 1), or with POSIX priority N (default 0)\n\
  -z, --zero-terminated  split standard input on NUL bytes, not newlines\n\
      --whole           send all of standard input as one message\n\
      --netstring       read standard input as netstrings (LEN:BYTES,),\n\
                          one message each\n\
  -T, --typed           give each message its own type (System V) or\n\
                          priority (POSIX), read before it: a line\n\
                          TYPE<TAB>MESSAGE (as mqrecv -T writes it), or\n\
                          with --netstring two netstrings, TYPE MESSAGE\n\
      --max-messages=N  a created POSIX queue holds N messages\n\
      --max-size=BYTES  a created POSIX queue takes messages of BYTES\n\
"), stdout);
      emit_timeout_option ();
      fputs (HELP_OPTION_DESCRIPTION, stdout);
      fputs (VERSION_OPTION_DESCRIPTION, stdout);
      fputs (_("\
\n\
A full queue makes mqsend wait, for at most the --timeout.  A message\n\
larger than the queue takes, or malformed input (a bad netstring, a bad\n\
type), is refused, naming its record: the messages before it are sent,\n\
none after it.\n\
"), stdout);
      emit_exit_status (true);
      printf (_("\
\n\
Examples:\n\
  echo ping | %s -k 123456 -t 10   send 'ping' with type 10\n\
  %s -p /jobs 'job 1' 'job 2'      send two messages to a POSIX queue\n\
  %s -k /etc/hosts --whole < f.bin  send a file as one message\n\
  mqrecv -k 1 -f -T --netstring | %s -p /q -T --netstring\n\
                  move every message to /q with its type, byte for byte\n\
"), program_name, program_name, program_name, program_name);
      emit_ancillary_info (PROGRAM_NAME);
    }
  exit (status);
}

/* The queue, the message type and the wait that every send uses.  */
static struct queue queue;
static long msg_type;
static struct timeout_option timeout;
static intmax_t n_sent;

/* Standard input, and how its records make messages.  */
static struct record_reader reader;
static enum record_framing framing;
static bool typed;

/* A POSIX queue removed while mqsend sends to it takes the messages
   sent after that with it, unseen: the kernel lets the sends succeed
   (see queue_unlinked).  Asking after every message costs a system
   call each, which a burst of small messages feels (a third of the
   rate): so the messages are checked in groups, each message of input
   that comes alone at once (any loss is then of that message), those
   of a burst by LINK_CHECK_EVERY, and the last ones before exit.  What
   may have gone into the removed queue is named.  */
enum { LINK_CHECK_EVERY = 16 };

/* The messages sent to a queue known to be linked after them.  */
static intmax_t n_checked;

/* If the queue was removed after message N_CHECKED, name the messages
   since, which may have gone into it, and return true.  */
static bool
report_removed (void)
{
  if (n_checked == n_sent)
    return false;
  bool removed = queue_unlinked (&queue);
  if (removed && n_sent - n_checked == 1)
    error (0, 0, _("message queue %s was removed: message %jd may have"
                   " gone into it after that, where only a process that"
                   " still holds the queue open can receive it"),
           object_describe (queue.obj), n_sent);
  else if (removed)
    error (0, 0, _("message queue %s was removed: messages %jd to %jd may"
                   " have gone into it after that, where only a process"
                   " that still holds the queue open can receive them"),
           object_describe (queue.obj), n_checked + 1, n_sent);
  n_checked = n_sent;
  return removed;
}

/* At exit after a failure: the messages sent since the last check.  */
static void
report_removed_at_exit (void)
{
  report_removed ();
}

/* Say how much of standard input was read and not sent, if any.  */
static void
report_unsent (void)
{
  idx_t left = record_unread (&reader);
  if (left)
    error (0, 0, ngettext ("%jd byte read from standard input was not sent",
                           "%jd bytes read from standard input were not"
                           " sent", select_plural (left)),
           (intmax_t) left);
}

/* A signal arrived while standard input has no whole message
   buffered, or after a full queue refused one: say how much of the
   input was read and not sent, and die.  */
static _Noreturn void
stop_reading (void)
{
  report_removed ();
  report_unsent ();
  interrupt_exit ();
}

/* Stop with status 1 if the queue was removed while messages went.  */
static void
check_linked (void)
{
  if (report_removed ())
    {
      report_unsent ();
      exit (EXIT_FAILURE);
    }
}

/* Send the LEN bytes at DATA, or diagnose why not and exit.  DATA is
   null for a record that was too long to keep.  */
static void
send_message (long type, char const *data, idx_t len)
{
  if (!data || queue.msgmax < len)
    error (EXIT_FAILURE, 0,
           ngettext ("message %jd, of size %jd, exceeds the limit of %jd"
                     " byte (%s) of message queue %s",
                     "message %jd, of size %jd, exceeds the limit of %jd"
                     " bytes (%s) of message queue %s",
                     select_plural (queue.msgmax)),
           n_sent + 1, (intmax_t) len, (intmax_t) queue.msgmax,
           queue.msgmax_name, object_describe (queue.obj));
  if (queue.capacity && queue.capacity < len)
    error (EXIT_FAILURE, 0,
           ngettext ("message %jd, of size %jd, exceeds the capacity of %jd"
                     " byte (msg_qbytes) of message queue %s",
                     "message %jd, of size %jd, exceeds the capacity of %jd"
                     " bytes (msg_qbytes) of message queue %s",
                     select_plural (queue.capacity)),
           n_sent + 1, (intmax_t) len, (intmax_t) queue.capacity,
           object_describe (queue.obj));

  static struct timespec const no_wait = { 0, 0 };
  if (queue_send (&queue, type, data, len,
                  interrupt_signal ? &no_wait : timeout_duration (&timeout)) != 0)
    {
      int err = errno;
      /* A signal came while the queue was full: try once more, then
         say that the message is lost.  */
      if (err == EINTR && queue_send (&queue, type, data, len, &no_wait) == 0)
        err = 0;
      else if (interrupt_signal)
        {
          error (0, 0, _("message %jd, of size %jd, was not sent: message"
                         " queue %s is full"),
                 n_sent + 1, (intmax_t) len, object_describe (queue.obj));
          /* The input read after it is not sent either: say so too.  */
          stop_reading ();
        }
      if (err == EAGAIN || err == ETIMEDOUT)
        timeout_exit (&timeout,
                      ngettext ("room in message queue %s (%jd message was"
                                " sent)",
                                "room in message queue %s (%jd messages were"
                                " sent)",
                                select_plural (n_sent)),
                      object_describe (queue.obj), n_sent);
      if (err == EIDRM || err == EINVAL)
        {
          report_removed ();
          error (0, 0, _("message %jd, of size %jd, was not sent: message"
                         " queue %s was removed"),
                 n_sent + 1, (intmax_t) len, object_describe (queue.obj));
          report_unsent ();
          exit (EXIT_FAILURE);
        }
      if (err)
        error (EXIT_FAILURE, err, _("cannot send to message queue %s"),
               object_describe (queue.obj));
    }
  n_sent++;

  /* Ask whether the queue is still linked after each message that the
     input gives alone, and after every LINK_CHECK_EVERY of a burst.  */
  if (!record_buffered (&reader) || n_sent - n_checked == LINK_CHECK_EVERY)
    check_linked ();
}

/* Diagnose the malformed record N of standard input, saying WHY, and
   exit.  */
static _Noreturn void
bad_record (intmax_t n, char const *why)
{
  error (EXIT_FAILURE, 0, _("standard input, record %jd: %s"), n, why);
  abort ();
}

/* The type (or priority) of record N in the LEN bytes at DATA: decimal
   digits in MIN..MAX, or diagnose and exit.  */
static long
record_type (intmax_t n, char const *data, idx_t len, long min, long max)
{
  char buf[INT_BUFSIZE_BOUND (long) + 1];
  idx_t keep = MIN (len, (idx_t) sizeof buf - 1);
  memcpy (buf, data, keep);
  buf[keep] = '\0';
  intmax_t value = 0;
  char *end;
  strtol_error e = LONGINT_INVALID;
  if (len < (idx_t) sizeof buf && c_isdigit (buf[0]))
    e = xstrtoimax (buf, &end, 10, &value, "");
  if (e != LONGINT_OK || value < min || max < value || memchr (data, 0, len))
    {
      char what[200];
      snprintf (what, sizeof what,
                (queue.posix
                 ? _("invalid priority %s: not a number from %ld to %ld")
                 : _("invalid message type %s: not a number from %ld to"
                     " %ld")),
                quotearg_n_style_mem (0, locale_quoting_style, data,
                                      MIN (len, 40)), min, max);
      bad_record (n, what);
    }
  return value;
}


/* Read message N from standard input into *TYPE, *DATA and *LEN (*DATA
   null for one too long to keep).  Return false at the end of input.
   Diagnose malformed input and exit; after a signal, die of it (see
   send_input).  */
static bool
next_message (intmax_t n, long *type, char **data, idx_t *len)
{
  long min = queue.posix ? 0 : 1;
  long max = queue.posix ? queue_prio_max () - 1 : LONG_MAX;

  /* With typed netstrings, a record is two: the type, then the
     message.  */
  for (int part = typed && framing == RECORD_NETSTRING; 0 <= part; part--)
    {
      int r = record_read (&reader, data, len);
      if (r == 0 && part == 0 && typed && framing == RECORD_NETSTRING)
        bad_record (n, _("the input ends after the type"));
      if (r == 0)
        return false;
      if (r < 0)
        {
          if (errno == EINTR)
            stop_reading ();
          if (errno == EBADMSG)
            bad_record (n, record_error (&reader));
          error (EXIT_FAILURE, errno, _("error reading standard input"));
        }
      if (part == 1)
        {
          if (!*data)
            bad_record (n, _("the type is too long"));
          *type = record_type (n, *data, *len, min, max);
        }
    }
  if (typed && framing != RECORD_NETSTRING && *data)
    {
      char *tab = memchr (*data, '\t', *len);
      if (!tab)
        bad_record (n, _("no tab after the type"));
      *type = record_type (n, *data, tab - *data, min, max);
      *len -= tab + 1 - *data;
      *data = tab + 1;
    }
  return true;
}

/* Send each record of standard input, framed as FRAMING, as a message:
   with TYPED, each with the type read before it (see --typed).

   A signal (SIGINT, SIGTERM, SIGHUP) stops the reading, but the
   messages that standard input already gave whole are sent first, if
   the queue has room for them now: the writer of a pipe (mqrecv, or
   ssh in a relay) took them as delivered.  What could not be sent is
   reported.  */
static void
send_input (void)
{
  /* A typed line holds the type and a tab before the message.  */
  idx_t limit = queue.msgmax;
  if (typed && framing != RECORD_NETSTRING)
    limit += INT_BUFSIZE_BOUND (long) + 1;

  record_reader_init (&reader, STDIN_FILENO, framing, limit);
  for (intmax_t n = 1; ; n++)
    {
      long type = msg_type;
      char *data;
      idx_t len;
      if (interrupt_signal && !record_buffered (&reader))
        stop_reading ();
      if (!next_message (n, &type, &data, &len))
        break;
      send_message (type, data, len);
    }
  record_reader_free (&reader);
}

int
main (int argc, char **argv)
{
  static struct ipc_object obj;
  char const *type_arg = NULL;
  struct queue_attr attr = { 0, 0 };
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
  bool zero = false, whole = false, netstring = false;

  while ((c = getopt_long (argc, argv, OBJECT_SHORTOPTS CREATE_SHORTOPTS "t:zT",
                           long_options, NULL)) != -1)
    {
      if (object_option (&obj, c, optarg)
          || timeout_option (&timeout, c, optarg))
        continue;
      switch (c)
        {
        case 't':
          type_arg = optarg;
          break;
        case 'z':
          zero = true;
          break;
        case WHOLE_OPTION:
          whole = true;
          break;
        case NETSTRING_OPTION:
          netstring = true;
          break;
        case 'T':
          typed = true;
          break;
        case MAX_MESSAGES_OPTION:
          attr.max_messages = xnumber (optarg, 1, LONG_MAX,
                                       _("number of messages"));
          break;
        case MAX_SIZE_OPTION:
          attr.max_size = xsize (optarg, 1, LONG_MAX, _("message size"));
          break;
        case_GETOPT_HELP_CHAR;
        case_GETOPT_VERSION_CHAR (PROGRAM_NAME, AUTHORS);
        default:
          usage (EXIT_FAILURE);
        }
    }

  object_finish (&obj, OBJECT_SYSV | OBJECT_POSIX);

  if (zero + whole + netstring > 1)
    {
      error (0, 0, _("--zero-terminated, --whole and --netstring cannot be"
                     " used together"));
      usage (EXIT_FAILURE);
    }
  if (typed && type_arg)
    {
      error (0, 0, _("--type and --typed cannot be used together"));
      usage (EXIT_FAILURE);
    }
  if (optind < argc && (zero || whole || netstring || typed))
    {
      error (0, 0, _("%s does not read standard input when MESSAGE"
                     " operands are given"),
             (zero ? "--zero-terminated" : whole ? "--whole"
              : netstring ? "--netstring" : "--typed"));
      usage (EXIT_FAILURE);
    }
  framing = (zero ? RECORD_NUL : whole ? RECORD_WHOLE
             : netstring ? RECORD_NETSTRING : RECORD_LINE);

  bool posix = obj.kind == OBJ_POSIX;
  if (!posix && (attr.max_messages || attr.max_size))
    error (EXIT_FAILURE, 0, _("--max-messages and --max-size apply only"
                              " to POSIX queues"));
  if (posix)
    msg_type = (type_arg
                ? xnumber (type_arg, 0, queue_prio_max () - 1, _("priority"))
                : 0);
  else
    msg_type = type_arg ? xnumber (type_arg, 1, LONG_MAX,
                                   _("message type")) : 1;

  interrupt_install ();
  queue_open (&queue, &obj, QUEUE_SEND, &attr);
  /* A queue made for a command that fails before sending anything
     (a message too large, a read error, a signal) is removed.  */
  queue_remove_unused (&queue);
  atexit (report_removed_at_exit);

  /* Each pass sends one whole message or none: a signal is acted on
     between two messages (and interrupts a wait for room or input).  */
  if (optind < argc)
    for (int i = optind; i < argc; i++)
      {
        interrupt_check ();
        send_message (msg_type, argv[i], strlen (argv[i]));
      }
  else
    send_input ();
  check_linked ();

  /* Success, even with no message: a queue made for it stays.  */
  queue_keep (&queue);
  return EXIT_SUCCESS;
}
