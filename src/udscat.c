/* udscat -- connect standard input and output to a Unix domain socket
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
#include <grp.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <pwd.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/un.h>
#include <sys/wait.h>

#include "system.h"
#include "xstdopen.h"
#include "ipcutils.h"
#include "copy.h"

#include "c-ctype.h"
#include "timespec.h"

/* The official name of this program.  */
#define PROGRAM_NAME "udscat"

enum
{
  MAX_CLIENTS_OPTION = PROGRAM_OPTION_BASE,
  ALLOW_UID_OPTION,
  ALLOW_GID_OPTION,
  TIMEOUT_OPTION
};

static struct option const long_options[] =
{
  {"listen", no_argument, NULL, 'l'},
  {"keep-open", no_argument, NULL, 'k'},
  {"dgram", no_argument, NULL, 'd'},
  {"seqpacket", no_argument, NULL, 's'},
  {"zero-terminated", no_argument, NULL, 'z'},
  {"verbose", no_argument, NULL, 'v'},
  {"mode", required_argument, NULL, 'm'},
  {"exclusive", no_argument, NULL, EXCLUSIVE_OPTION},
  {"max-clients", required_argument, NULL, MAX_CLIENTS_OPTION},
  {"allow-uid", required_argument, NULL, ALLOW_UID_OPTION},
  {"allow-gid", required_argument, NULL, ALLOW_GID_OPTION},
  {"timeout", required_argument, NULL, TIMEOUT_OPTION},
  {GETOPT_HELP_OPTION_DECL},
  {GETOPT_VERSION_OPTION_DECL},
  {NULL, 0, NULL, 0}
};

/* The default of --max-clients.  */
enum { DEFAULT_MAX_CLIENTS = 64 };

/* The batch of the record writer.  */
enum { BUFSIZE = 256 * 1024 };

/* The send buffer that a stream relay asks for.  */
enum { SOCKET_BUFSIZE = 1024 * 1024 };

/* Datagrams and packets longer than this are refused before sending;
   the kernel refuses most of them anyway (net.core.wmem_max).  */
enum { RECORD_LIMIT = 64 * 1024 * 1024 };

void
usage (int status)
{
  if (status != EXIT_SUCCESS)
    emit_try_help ();
  else
    {
      printf (_("\
Usage: %s [OPTION]... SOCKET [COMMAND [ARG]...]\n"), program_name);
      fputs (_("\
Connect to the Unix domain socket SOCKET, copy standard input to it and\n\
what it sends to standard output, at the same time.  At the end of the\n\
input, shut down the sending side and go on reading until the peer\n\
closes the connection.  SOCKET is a file name, or @NAME for the name\n\
NAME in the Linux abstract namespace.\n\
\n\
With --listen, create SOCKET and wait for a connection instead.  With a\n\
COMMAND, run it for each connection, with the connection as its standard\n\
input and output and with PROTO=UNIX, UNIXLOCALPATH, UNIXREMOTEPID,\n\
UNIXREMOTEEUID and UNIXREMOTEEGID in its environment (UCSPI).\n\
\n"), stdout);
      fputs (_("\
Mandatory arguments to long options are mandatory for short options too.\n\
"), stdout);
      fputs (_("\
  -l, --listen          create SOCKET, accept one connection, relay it, exit\n\
  -k, --keep-open       with --listen, serve one connection after another;\n\
                          with a COMMAND, serve connections concurrently\n\
      --max-clients=N   with --keep-open and a COMMAND, run at most N\n\
                          COMMANDs at once (default 64)\n\
  -d, --dgram           use a datagram socket: each line of input is sent\n\
                          as one datagram, each datagram received is\n\
                          written as one line; with --listen, only receive\n\
  -s, --seqpacket       use a sequenced-packet socket: a connection, framed\n\
                          like --dgram (an empty line is an empty packet)\n\
  -z, --zero-terminated  with --dgram or --seqpacket, records end with NUL,\n\
                          not newline\n\
"), stdout);
      fputs (_("\
  -m, --mode=MODE       permissions of the created socket file, octal or\n\
                          symbolic as in chmod(1) (default 0600 less the\n\
                          umask); set when the file is created\n\
      --exclusive       with --listen, fail if SOCKET exists, even as a\n\
                          stale socket\n\
      --allow-uid=LIST  serve only peers whose user is in LIST, a\n\
                          comma-separated list of user names or numbers\n\
      --allow-gid=LIST  serve only peers whose group is in LIST; with both\n\
                          lists, a peer in either is served\n\
      --timeout=DURATION  give up connecting after DURATION (0: do not\n\
                          wait); with --listen, give up if no connection\n\
                          comes within DURATION; a floating number of\n\
                          seconds with an optional suffix s, m, h or d\n\
  -v, --verbose         report connections and peer credentials on\n\
                          standard error\n\
"), stdout);
      fputs (HELP_OPTION_DESCRIPTION, stdout);
      fputs (VERSION_OPTION_DESCRIPTION, stdout);
      fputs (_("\
\n\
An existing SOCKET that no process listens on any more is replaced; a\n\
socket in use or any other kind of file is left alone, and udscat fails.\n\
The socket file that udscat creates is removed when it exits, also when\n\
it is interrupted.  A refused peer is reported on standard error and\n\
disconnected before any data is relayed.\n\
"), stdout);
      emit_exit_status (true);
      fputs (_("\
A reader of standard output that goes away makes the status 1, with no\n\
diagnostic.  A peer that goes away before it has read all that was sent\n\
to it makes the status 1, with a diagnostic; a peer that dies while it\n\
sends, having read all it was sent, looks to udscat like one that closed\n\
the connection when done.  With --listen and a COMMAND, without\n\
--keep-open, the exit status is that of COMMAND; 126 if it cannot be\n\
run, 127 if it is not found.\n\
"), stdout);
      printf (_("\
\n\
Examples:\n\
  echo status | %s /run/app.sock\n\
      send a request and print the whole answer\n\
  %s -l s > out\n\
      receive one connection into a file\n\
  %s -lk --mode=600 s sh -c 'echo \"hello $UNIXREMOTEEUID\"; cat'\n\
      an echo server that only the owner of the socket can reach\n\
  %s -ld /tmp/log.sock\n\
      print what 'logger -u /tmp/log.sock' sends, one message a line\n\
  %s @my-service < request\n\
      use a socket of the abstract namespace\n\
"), program_name, program_name, program_name, program_name, program_name);
      emit_ancillary_info (PROGRAM_NAME);
    }
  exit (status);
}

/* The socket, as given and as an address.  */
static char const *sock_name;
static struct sockaddr_un sock_addr;
static socklen_t sock_addrlen;
static bool abstract;
static int sock_type = SOCK_STREAM;

/* Options.  */
static bool listen_mode;
static bool keep_open;
static bool verbose;
static int record_delim = '\n';
static intmax_t max_clients = DEFAULT_MAX_CLIENTS;
static bool timeout_given;
static struct timespec timeout;
static struct ipc_object obj;

/* The allow lists; a null list allows everybody.  */
struct id_list
{
  uintmax_t *ids;
  idx_t count;
};
static struct id_list allow_uid, allow_gid;
static bool allow_given;

/* The credentials of a peer, from SO_PEERCRED.  */
struct peer
{
  bool known;
  pid_t pid;
  uid_t uid;
  gid_t gid;
};

/* Whether standard input has reached its end; it stays there across
   the connections of --keep-open.  */
static bool stdin_eof;

/* ------------------------------------------------------------------ */
/* Options.  */

/* Whether S is a nonempty string of decimal digits.  */
_GL_ATTRIBUTE_PURE static bool
all_digits (char const *s)
{
  if (!*s)
    return false;
  for (; *s; s++)
    if (!c_isdigit (*s))
      return false;
  return true;
}

/* Parse the comma-separated list ARG of user (GROUP false) or group
   names and numbers, adding them to *LIST.  */
static void
parse_id_list (char const *arg, bool group, struct id_list *list)
{
  /* strtok_r would skip empty elements: refuse them.  */
  size_t len = strlen (arg);
  if (len && (arg[0] == ',' || arg[len - 1] == ',' || strstr (arg, ",,")))
    error (EXIT_FAILURE, 0,
           group ? _("invalid group list: %s") : _("invalid user list: %s"),
           quote (arg));
  char *copy = xstrdup (arg);
  char *save = NULL;
  bool any = false;
  for (char *tok = strtok_r (copy, ",", &save); tok;
       tok = strtok_r (NULL, ",", &save))
    {
      uintmax_t id;
      if (all_digits (tok))
        /* (uid_t) -1 and (gid_t) -1 mean "no ID".  */
        id = xnumber (tok, 0, (intmax_t) (uid_t) -2,
                      group ? _("group ID") : _("user ID"));
      else if (group)
        {
          struct group *gr = getgrnam (tok);
          if (!gr)
            error (EXIT_FAILURE, 0, _("invalid group: %s"), quote (tok));
          id = gr->gr_gid;
        }
      else
        {
          struct passwd *pw = getpwnam (tok);
          if (!pw)
            error (EXIT_FAILURE, 0, _("invalid user: %s"), quote (tok));
          id = pw->pw_uid;
        }
      list->ids = xreallocarray (list->ids, list->count + 1,
                                 sizeof *list->ids);
      list->ids[list->count++] = id;
      any = true;
    }
  free (copy);
  if (!any)
    error (EXIT_FAILURE, 0, _("empty %s list: %s"),
           group ? _("group") : _("user"), quote (arg));
  allow_given = true;
}

/* Set the address from NAME: a file name, or @NAME for the abstract
   namespace.  */
static void
set_address (char const *name)
{
  size_t len = strlen (name);
  enum { PATH_MAX_LEN = sizeof sock_addr.sun_path - 1 };

  sock_name = name;
  memset (&sock_addr, 0, sizeof sock_addr);
  sock_addr.sun_family = AF_UNIX;
  if (name[0] == '@')
    {
      abstract = true;
      if (len == 1)
        error (EXIT_FAILURE, 0, _("empty abstract socket name: %s"),
               quote (name));
      /* The abstract name is the bytes after a leading NUL, with no
         terminator.  */
      if (sizeof sock_addr.sun_path < len)
        error (EXIT_FAILURE, 0,
               _("abstract socket name %s is too long: %zu bytes,"
                 " at most %d fit in sun_path"),
               quote (name), len - 1, (int) PATH_MAX_LEN);
      memcpy (sock_addr.sun_path + 1, name + 1, len - 1);
      sock_addrlen = offsetof (struct sockaddr_un, sun_path) + len;
    }
  else
    {
      if (len == 0)
        error (EXIT_FAILURE, 0, _("empty socket name"));
      if (PATH_MAX_LEN < len)
        error (EXIT_FAILURE, 0,
               _("socket name %s is too long: %zu bytes, at most %d fit"
                 " in sun_path; use a shorter relative name"),
               quoteaf (name), len, (int) PATH_MAX_LEN);
      memcpy (sock_addr.sun_path, name, len);
      sock_addrlen = offsetof (struct sockaddr_un, sun_path) + len + 1;
    }
}

/* ------------------------------------------------------------------ */
/* Credentials.  */

static struct peer
get_peer (int fd)
{
  struct peer p = { false, 0, 0, 0 };
#ifdef SO_PEERCRED
  struct ucred cred;
  socklen_t len = sizeof cred;
  if (getsockopt (fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) == 0
      && len == sizeof cred)
    {
      p.known = true;
      p.pid = cred.pid;
      p.uid = cred.uid;
      p.gid = cred.gid;
    }
#else
  (void) fd;
#endif
  return p;
}

static bool
id_listed (struct id_list const *list, uintmax_t id)
{
  for (idx_t i = 0; i < list->count; i++)
    if (list->ids[i] == id)
      return true;
  return false;
}

/* Whether the peer P on FD passes the allow lists: its user is in
   --allow-uid, or its group or one of its supplementary groups is in
   --allow-gid.  */
static bool
peer_allowed (int fd, struct peer const *p)
{
  if (!allow_given)
    return true;
  if (!p->known)
    return false;
  if (id_listed (&allow_uid, p->uid) || id_listed (&allow_gid, p->gid))
    return true;
#ifdef SO_PEERGROUPS
  if (allow_gid.count)
    {
      gid_t small[64];
      gid_t *groups = small;
      socklen_t len = sizeof small;
      int r = getsockopt (fd, SOL_SOCKET, SO_PEERGROUPS, groups, &len);
      if (r != 0 && errno == ERANGE)
        {
          groups = xmalloc (len);
          r = getsockopt (fd, SOL_SOCKET, SO_PEERGROUPS, groups, &len);
        }
      bool found = false;
      if (r == 0)
        for (size_t i = 0; i < len / sizeof *groups && !found; i++)
          found = id_listed (&allow_gid, groups[i]);
      if (groups != small)
        free (groups);
      if (found)
        return true;
    }
#else
  (void) fd;
#endif
  return false;
}

static void
report_peer (char const *what, struct peer const *p)
{
  if (p->known)
    error (0, 0, _("%s: pid %jd, uid %ju, gid %ju"), what,
           (intmax_t) p->pid, (uintmax_t) p->uid, (uintmax_t) p->gid);
  else
    error (0, 0, _("%s: credentials unknown"), what);
}

/* ------------------------------------------------------------------ */
/* Small helpers.  */

static void
set_nonblocking (int fd)
{
  int flags = fcntl (fd, F_GETFL);
  if (flags < 0 || fcntl (fd, F_SETFL, flags | O_NONBLOCK) < 0)
    error (EXIT_FAILURE, errno, _("cannot set socket %s non-blocking"),
           quoteaf (sock_name));
}

/* Whether the peer of the connected socket FD has gone entirely: it
   will read nothing more.  */
static bool
peer_gone (int fd)
{
  struct pollfd p = { .fd = fd, .events = 0 };
  return 0 < poll (&p, 1, 0) && (p.revents & (POLLHUP | POLLERR));
}

/* Whether the loss of the current connection was diagnosed.  */
static bool lost_reported;

/* Diagnose the loss of the connection, once: a send or a receive
   failed with ERR (EPIPE: the peer is gone or stopped reading;
   ECONNRESET: it closed the connection with data of ours unread).  */
static void
connection_lost (int err)
{
  if (!lost_reported)
    error (0, err, _("connection on %s lost"), quoteaf (sock_name));
  lost_reported = true;
}

/* ------------------------------------------------------------------ */
/* Stream relay.

   Two channels of the copy engine (copy.h), standard input to the
   socket and the socket to standard output, stepped in turn as poll
   finds them ready.  The socket is in non-blocking mode, so a write
   to it never blocks the other direction.  The engine picks splice,
   sendfile or read and write for each, and classifies their
   failures; this relay turns those into its diagnostics.  */

/* What ended a relay.  */
enum relay_end
{
  RELAY_OK,                     /* both directions ended normally */
  RELAY_FAILED,                 /* an error or a loss was diagnosed */
  RELAY_FATAL                   /* standard output is gone: stop */
};

/* Standard input to the socket: one channel for every connection,
   retargeted to each, so that what was read and not sent goes to the
   next one (--keep-open).  */
static struct copy_channel in_channel;
static bool in_channel_ready;

/* The peer has gone for good while standard input was not over, and
   udscat stops reading it.  Input that a peer that went away will
   never get is lost: data that we HOLD already, or that waits in the
   pipe, socket, terminal or file (FIONREAD).  Diagnose that loss and
   return RELAY_FAILED; otherwise return RELAY_OK.  Data that a writer
   has yet to send is not lost: that writer gets EPIPE once we are
   gone.  */
static enum relay_end
input_orphaned (bool hold)
{
  int avail;
  if (! (hold
         || (ioctl (STDIN_FILENO, FIONREAD, &avail) == 0 && 0 < avail)))
    return RELAY_OK;
  if (!lost_reported)
    error (0, 0, _("the peer on %s went away before all the input"
                   " was sent"), quoteaf (sock_name));
  lost_reported = true;
  return RELAY_FAILED;
}

/* Step the channel from standard input to the socket; set *DONE when
   it is over.  */
static enum relay_end
step_input (struct copy_channel *c, bool *done)
{
  switch (copy_step (c))
    {
    case COPY_AGAIN:
      return RELAY_OK;
    case COPY_OK:
      *done = stdin_eof = true;
      return RELAY_OK;
    case COPY_INTERRUPTED:
      interrupt_exit ();
    case COPY_READER_GONE:
    case COPY_PEER_RESET:
      *done = true;
      connection_lost (errno);
      return RELAY_FAILED;
    case COPY_READ_ERROR:
      error (0, errno, _("error reading standard input"));
      *done = stdin_eof = true;
      return RELAY_FAILED;
    default:
      *done = true;
      error (0, errno, _("error writing to %s"), quoteaf (sock_name));
      return RELAY_FAILED;
    }
}

/* Step the channel from the socket to standard output; set *DONE when
   it is over.  */
static enum relay_end
step_output (struct copy_channel *c, bool *done)
{
  enum copy_status s = copy_step (c);
  if (s != COPY_AGAIN)
    *done = true;
  switch (s)
    {
    case COPY_AGAIN:
    case COPY_OK:
      return RELAY_OK;
    case COPY_INTERRUPTED:
      interrupt_exit ();
    case COPY_PEER_RESET:
      /* The peer closed with data of ours unread: lost, and what it
         sent may be cut short.  */
      connection_lost (errno);
      return RELAY_FAILED;
    case COPY_READ_ERROR:
      error (0, errno, _("error reading from %s"), quoteaf (sock_name));
      return RELAY_FAILED;
    default:
      /* Standard output failed, or has no reader (quietly).  */
      diagnose_write_error (errno);
      return RELAY_FATAL;
    }
}

/* Relay the connected stream socket SOCK with standard input and
   output until both directions are over.  */
static enum relay_end
relay_stream (int sock)
{
  set_nonblocking (sock);
  lost_reported = false;
  /* A larger send buffer lets more data be in flight: fewer wake-ups
     on both sides.  The kernel caps it at net.core.wmem_max.  */
  int sndbuf = SOCKET_BUFSIZE;
  setsockopt (sock, SOL_SOCKET, SO_SNDBUF, &sndbuf, sizeof sndbuf);

  struct copy_channel *ic = &in_channel;
  if (in_channel_ready)
    copy_channel_retarget (ic, sock);
  else
    {
      copy_channel_init (ic, STDIN_FILENO, sock, true);
      in_channel_ready = true;
    }
  struct copy_channel oc;
  copy_channel_init (&oc, sock, STDOUT_FILENO, true);

  enum relay_end result = RELAY_OK;
  bool in_done = stdin_eof && !copy_channel_pending (ic);
  bool out_done = false;
  bool shut = false;

  for (;;)
    {
      interrupt_check ();
      if (in_done && !shut)
        {
          /* Tell the peer that no more data comes; ENOTCONN if it has
             gone already.  */
          shutdown (sock, SHUT_WR);
          shut = true;
          if (verbose && stdin_eof)
            error (0, 0, _("end of input: sending side shut down"));
        }
      if (out_done && !in_done && copy_channel_eof (&oc) && peer_gone (sock))
        {
          in_done = true;
          if (input_orphaned (copy_channel_pending (ic)) == RELAY_FAILED)
            result = RELAY_FAILED;
        }

      /* Fixed slots, as OpenBSD nc does: fd -1 retires one.  */
      struct pollfd pfd[3];
      pfd[0].fd = pfd[1].fd = pfd[2].fd = -1;
      pfd[0].revents = pfd[1].revents = pfd[2].revents = 0;
      if (!in_done)
        copy_channel_poll (ic, &pfd[0]);
      if (!out_done)
        copy_channel_poll (&oc, &pfd[1]);
      else if (!in_done)
        /* Only POLLHUP: the peer went away while input is idle.  */
        pfd[2] = (struct pollfd) { sock, 0, 0 };
      if (in_done && out_done)
        break;

      if (poll (pfd, 3, -1) < 0)
        {
          if (errno == EINTR)
            {
              interrupt_check ();
              continue;
            }
          error (EXIT_FAILURE, errno, _("poll failed"));
        }

      if (pfd[2].revents & (POLLHUP | POLLERR))
        {
          if (verbose)
            error (0, 0, _("the peer closed the connection"));
          in_done = true;
          if (input_orphaned (copy_channel_pending (ic)) == RELAY_FAILED)
            result = RELAY_FAILED;
        }

      enum relay_end r;
      if (pfd[0].revents)
        {
          r = step_input (ic, &in_done);
          if (r == RELAY_FAILED)
            result = r;
        }
      if (pfd[1].revents)
        {
          r = step_output (&oc, &out_done);
          if (r == RELAY_FATAL)
            {
              copy_channel_free (&oc);
              return r;
            }
          if (r == RELAY_FAILED)
            result = r;
          if (out_done && verbose)
            error (0, 0, _("end of data from %s"), quoteaf (sock_name));
        }
    }
  copy_channel_free (&oc);
  return result;
}

/* ------------------------------------------------------------------ */
/* Record relay: datagrams and packets.  */

static struct record_reader reader;
static struct record_writer writer;
static bool records_ready;
static char *packet_buf;
static idx_t packet_alloc;

static void
records_init (void)
{
  if (records_ready)
    return;
  record_reader_init (&reader, STDIN_FILENO,
                      record_delim ? RECORD_LINE : RECORD_NUL,
                      RECORD_LIMIT);
  record_writer_init (&writer, STDOUT_FILENO, record_delim, BUFSIZE);
  packet_alloc = BUFSIZE;
  packet_buf = xmalloc (packet_alloc);
  records_ready = true;
}

/* The state of the input side of a record relay.  */
struct record_input
{
  bool done;
  bool eof;
  bool pending;                 /* DATA and LEN await sending */
  char *data;
  idx_t len;
};

/* Read and send records while that needs no waiting.  POLLED says
   that standard input was found readable.  */
static enum relay_end
records_send (int sock, struct record_input *in, bool polled)
{
  for (;;)
    {
      interrupt_check ();
      if (!in->pending)
        {
          if (!polled && !record_buffered (&reader))
            return RELAY_OK;
          polled = false;
          int r = record_read (&reader, &in->data, &in->len);
          if (r < 0)
            {
              if (errno == EINTR)
                continue;
              error (0, errno, _("error reading standard input"));
              in->done = in->eof = stdin_eof = true;
              return RELAY_FAILED;
            }
          if (r == 0)
            {
              in->done = in->eof = stdin_eof = true;
              return RELAY_OK;
            }
          if (!in->data)
            {
              error (0, 0, _("record of %jd bytes is too long to send"
                             " (the limit is %d bytes)"),
                     (intmax_t) in->len, (int) RECORD_LIMIT);
              in->done = true;
              return RELAY_FAILED;
            }
          in->pending = true;
        }

      ssize_t n = send (sock, in->data, in->len,
                        MSG_NOSIGNAL | MSG_DONTWAIT);
      if (0 <= n)
        {
          in->pending = false;
          continue;
        }
      if (would_block (errno))
        return RELAY_OK;
      if (errno == EINTR)
        continue;
      int err = errno;
      in->done = true;
      if (err == EMSGSIZE)
        {
          int sndbuf = 0;
          socklen_t optlen = sizeof sndbuf;
          getsockopt (sock, SOL_SOCKET, SO_SNDBUF, &sndbuf, &optlen);
          error (0, 0, _("%s of %jd bytes is too long for %s (socket send"
                         " buffer %d bytes, see net.core.wmem_max)"),
                 sock_type == SOCK_DGRAM ? _("datagram") : _("packet"),
                 (intmax_t) in->len, quoteaf (sock_name), sndbuf);
        }
      else if (err == EPIPE || err == ECONNRESET)
        connection_lost (err);
      else
        error (0, err, _("cannot send to %s"), quoteaf (sock_name));
      return RELAY_FAILED;
    }
}

/* Whether a packet received on a seqpacket socket carries credentials
   (SO_PASSCRED, set by relay_records).  */
static bool passcred;

/* Receive the next datagram or packet on SOCK into PACKET_BUF, without
   waiting.  Return its length, or -1 with errno set (EAGAIN when none
   is waiting).  At the end of a seqpacket connection return 0 and set
   *EOF.

   recv returns 0 both for an empty packet and at the end of the
   connection, and poll cannot tell them apart either once the peer
   has shut down its side, with packets still queued.  But with
   SO_PASSCRED the kernel attaches an SCM_CREDENTIALS message to every
   packet, empty or not, and to nothing at the end of the connection:
   that is the difference.  */
static ssize_t
receive_packet (int sock, bool *eof)
{
  ssize_t n = recv (sock, packet_buf, packet_alloc,
                    MSG_PEEK | MSG_TRUNC | MSG_DONTWAIT);
  if (n < 0)
    return n;
  if (packet_alloc < n)
    {
      free (packet_buf);
      packet_alloc = n;
      packet_buf = xmalloc (packet_alloc);
    }

  struct iovec iov = { .iov_base = packet_buf, .iov_len = packet_alloc };
  /* Room for the credentials only: descriptors that a peer passes
     (SCM_RIGHTS) find no room, and the kernel discards them.  */
  union
  {
    struct cmsghdr align;
    char buf[CMSG_SPACE (sizeof (struct ucred))];
  } control;
  struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1,
                        .msg_control = &control,
                        .msg_controllen = sizeof control };
  n = recvmsg (sock, &msg, MSG_DONTWAIT);
  if (n != 0 || sock_type != SOCK_SEQPACKET)
    return n;

  if (passcred)
    {
      struct cmsghdr *cm = CMSG_FIRSTHDR (&msg);
      *eof = ! (cm && cm->cmsg_level == SOL_SOCKET
                && cm->cmsg_type == SCM_CREDENTIALS);
    }
  else
    {
      /* Without credentials, guess: an empty packet after the peer
         shut down its side is taken for the end.  */
      struct pollfd p = { .fd = sock, .events = POLLIN | POLLRDHUP };
      *eof = 0 < poll (&p, 1, 0) && (p.revents & (POLLRDHUP | POLLHUP));
    }
  return 0;
}

/* Write the batch of records to standard output.  Return true on
   success; otherwise diagnose (quietly for EPIPE) and return false.  */
static bool
records_flush (void)
{
  idx_t done;
  if (record_writer_flush (&writer, &done) == 0)
    return true;
  /* Records received but not written are lost: a socket cannot take
     them back.  */
  if (errno == EINTR)
    interrupt_exit ();
  diagnose_write_error (errno);
  return false;
}

/* Receive the datagrams or packets waiting on SOCK and write each as
   a record.  Set *EOF at the end of a seqpacket connection.  */
static enum relay_end
records_receive (int sock, bool *eof)
{
  enum relay_end result = RELAY_OK;
  for (int round = 0; round < 1024; round++)
    {
      interrupt_check ();
      ssize_t n = receive_packet (sock, eof);
      if (n < 0)
        {
          if (would_block (errno))
            break;
          if (errno == EINTR)
            continue;
          *eof = true;
          if (errno == ECONNRESET)
            /* The peer closed with packets of ours unread: lost, and
               what it sent may be cut short.  */
            connection_lost (errno);
          else
            error (0, errno, _("error receiving from %s"),
                   quoteaf (sock_name));
          result = RELAY_FAILED;
          break;
        }
      if (*eof)
        break;
      if (!record_writer_fits (&writer, n) && !records_flush ())
        return RELAY_FATAL;
      record_writer_add (&writer, packet_buf, n);
    }

  /* Every record goes out as soon as it is received.  */
  if (record_writer_count (&writer) && !records_flush ())
    return RELAY_FATAL;
  return result;
}

/* Relay the datagram or seqpacket socket SOCK.  With SEND, send the
   records of standard input; with a datagram socket, stop at the end
   of input after writing the datagrams already received.  */
static enum relay_end
relay_records (int sock, bool send_input)
{
  records_init ();
  set_nonblocking (sock);
  lost_reported = false;
  /* Tell an empty packet from the end of the connection (see
     receive_packet).  */
  int on = 1;
  passcred = (sock_type == SOCK_SEQPACKET
              && setsockopt (sock, SOL_SOCKET, SO_PASSCRED,
                             &on, sizeof on) == 0);

  struct record_input in = { .done = !send_input || stdin_eof };
  bool out_eof = false;
  bool shut = false;
  enum relay_end result = RELAY_OK;

  for (;;)
    {
      interrupt_check ();
      if (!in.done)
        {
          enum relay_end r = records_send (sock, &in, false);
          if (r == RELAY_FAILED)
            result = r;
        }
      if (in.done && !shut && send_input)
        {
          shut = true;
          if (sock_type == SOCK_SEQPACKET)
            shutdown (sock, SHUT_WR);
          else
            {
              /* No end-of-file exists for datagrams: take what has
                 arrived and stop.  */
              bool ignored = false;
              enum relay_end r = records_receive (sock, &ignored);
              return r == RELAY_OK ? result : r;
            }
        }
      if (out_eof && !in.done && peer_gone (sock))
        {
          in.done = true;
          if (input_orphaned (in.pending || record_unread (&reader))
              == RELAY_FAILED)
            result = RELAY_FAILED;
        }
      if (out_eof && in.done)
        break;

      struct pollfd pfd[2];
      int n = 0, ini = -1, outi = -1;
      if (!in.done)
        {
          pfd[n] = (struct pollfd) { in.pending ? sock : STDIN_FILENO,
                                     in.pending ? POLLOUT : POLLIN, 0 };
          ini = n++;
        }
      if (!out_eof)
        {
          pfd[n] = (struct pollfd) { sock, POLLIN, 0 };
          outi = n++;
        }
      else
        {
          pfd[n] = (struct pollfd) { sock, 0, 0 };
          outi = n++;
        }

      if (poll (pfd, n, -1) < 0)
        {
          if (errno == EINTR)
            {
              interrupt_check ();
              continue;
            }
          error (EXIT_FAILURE, errno, _("poll failed"));
        }

      if (0 <= ini && pfd[ini].revents)
        {
          enum relay_end r = records_send (sock, &in, !in.pending);
          if (r == RELAY_FAILED)
            result = r;
        }
      if (0 <= outi && pfd[outi].revents)
        {
          if (out_eof)
            {
              if (pfd[outi].revents & (POLLHUP | POLLERR))
                {
                  in.done = true;
                  if (input_orphaned (in.pending
                                      || record_unread (&reader))
                      == RELAY_FAILED)
                    result = RELAY_FAILED;
                }
              continue;
            }
          enum relay_end r = records_receive (sock, &out_eof);
          if (r == RELAY_FATAL)
            return r;
          if (r == RELAY_FAILED)
            result = r;
          if (out_eof && verbose)
            error (0, 0, _("end of data from %s"), quoteaf (sock_name));
        }
    }
  return result;
}

static enum relay_end
relay (int sock)
{
  return (sock_type == SOCK_STREAM ? relay_stream (sock)
          : relay_records (sock, true));
}

/* ------------------------------------------------------------------ */
/* Connecting.  */

static _Noreturn void
connect_failed (int err)
{
  struct stat st;
  if (err == ECONNREFUSED && !abstract && stat (sock_name, &st) == 0
      && !S_ISSOCK (st.st_mode))
    error (EXIT_FAILURE, 0, _("cannot connect to %s: not a socket"),
           quoteaf (sock_name));
  if (err == EPROTOTYPE)
    error (EXIT_FAILURE, 0,
           _("cannot connect to %s: it is not a %s socket%s"),
           quoteaf (sock_name),
           (sock_type == SOCK_STREAM ? "stream"
            : sock_type == SOCK_DGRAM ? "datagram" : "seqpacket"),
           (sock_type == SOCK_STREAM
            ? _(" (try --dgram or --seqpacket)") : ""));
  if (err == ECONNREFUSED)
    error (EXIT_FAILURE, 0,
           _("cannot connect to %s: connection refused (no process"
             " listens on it)"), quoteaf (sock_name));
  error (EXIT_FAILURE, err, _("cannot connect to %s"), quoteaf (sock_name));
  abort ();
}

static int
connect_socket (void)
{
  bool now = timeout_given && !timespec_sign (timeout);
  int fd = socket (AF_UNIX, sock_type | SOCK_CLOEXEC
                   | (now ? SOCK_NONBLOCK : 0), 0);
  if (fd < 0)
    error (EXIT_FAILURE, errno, _("cannot create a socket"));

  if (sock_type == SOCK_DGRAM)
    {
      /* Autobind to an abstract address, so that the server can
         answer.  */
      struct sockaddr_un local = { .sun_family = AF_UNIX };
      if (bind (fd, (struct sockaddr *) &local, sizeof (sa_family_t)) != 0)
        error (EXIT_FAILURE, errno, _("cannot bind a datagram socket"));
    }

  if (timeout_given && !now)
    timeout_arm (timeout);
  while (connect (fd, (struct sockaddr *) &sock_addr, sock_addrlen) != 0)
    {
      int err = errno;
      if (err == EINTR)
        {
          interrupt_check ();
          if (timeout_given && timeout_expired)
            {
              timeout_disarm ();
              error (EXIT_TIMEOUT, 0, _("timed out connecting to %s"),
                     quoteaf (sock_name));
            }
          continue;
        }
      if (now && would_block (err))
        error (EXIT_TIMEOUT, 0,
               _("cannot connect to %s now: its queue of connections"
                 " is full"), quoteaf (sock_name));
      timeout_disarm ();
      connect_failed (err);
    }
  if (timeout_given && !now)
    timeout_disarm ();

  if (verbose)
    error (0, 0, _("connected to %s"), quoteaf (sock_name));
  if (sock_type != SOCK_DGRAM)
    {
      struct peer p = get_peer (fd);
      if (verbose)
        report_peer (_("server"), &p);
      if (!peer_allowed (fd, &p))
        {
          report_peer (_("refusing the server, not in the allow list"), &p);
          exit (EXIT_FAILURE);
        }
    }
  return fd;
}

/* ------------------------------------------------------------------ */
/* Listening.  */

/* Make room for the socket file: nothing to do if SOCK_NAME does not
   exist; remove it if it is a stale socket; fail otherwise.  */
static void
prepare_path (void)
{
  struct stat st;
  if (lstat (sock_name, &st) != 0)
    {
      if (errno == ENOENT)
        return;
      error (EXIT_FAILURE, errno, _("cannot access %s"), quoteaf (sock_name));
    }
  if (obj.exclusive)
    error (EXIT_FAILURE, 0, _("%s exists already"), quoteaf (sock_name));
  if (!S_ISSOCK (st.st_mode))
    error (EXIT_FAILURE, 0, _("%s exists and is not a socket;"
                              " not replacing it"), quoteaf (sock_name));

  /* A socket file outlives its server.  It is stale if no socket is
     bound to it any more: connecting is refused.  The probe is a
     datagram socket, so that it never makes a connection that a
     stream server would accept: a datagram connect only sets the
     peer address, and to a stream or seqpacket server it fails with
     EPROTOTYPE, which means that the server is alive.  */
  int probe = socket (AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  if (probe < 0)
    error (EXIT_FAILURE, errno, _("cannot create a socket"));
  int r = connect (probe, (struct sockaddr *) &sock_addr, sock_addrlen);
  int err = errno;
  close (probe);
  if (r == 0 || err == EPROTOTYPE || would_block (err))
    error (EXIT_FAILURE, 0, _("%s is in use by a running server;"
                              " not replacing it"), quoteaf (sock_name));
  if (err != ECONNREFUSED)
    error (EXIT_FAILURE, err, _("cannot check whether socket %s is in use"),
           quoteaf (sock_name));

  struct stat st2;
  if (lstat (sock_name, &st2) == 0
      && (st2.st_dev != st.st_dev || st2.st_ino != st.st_ino))
    error (EXIT_FAILURE, 0, _("%s was replaced while checking it"),
           quoteaf (sock_name));
  if (unlink (sock_name) != 0 && errno != ENOENT)
    error (EXIT_FAILURE, errno, _("cannot remove stale socket %s"),
           quoteaf (sock_name));
  if (verbose)
    error (0, 0, _("removed stale socket %s"), quoteaf (sock_name));
}

static int
make_listener (void)
{
  int fd = socket (AF_UNIX, sock_type | SOCK_CLOEXEC, 0);
  if (fd < 0)
    error (EXIT_FAILURE, errno, _("cannot create a socket"));

  if (!abstract)
    prepare_path ();

  /* bind creates the file with 0777 less the umask: set the umask so
     that the file has the suite's mode (--mode, or 0600 less the
     umask) from the start, with no chmod race.  */
  mode_t mode = object_mode (&obj);
  mode_t saved = umask (~mode & (S_IRWXU | S_IRWXG | S_IRWXO));
  int r = bind (fd, (struct sockaddr *) &sock_addr, sock_addrlen);
  int err = errno;
  umask (saved);
  if (r != 0)
    {
      if (err == EADDRINUSE)
        error (EXIT_FAILURE, 0, _("cannot listen on %s: address in use"),
               quoteaf (sock_name));
      error (EXIT_FAILURE, err, _("cannot listen on %s"),
             quoteaf (sock_name));
    }

  if (!abstract)
    {
      struct stat st;
      if (lstat (sock_name, &st) == 0)
        cleanup_add_path (sock_name, &st);
    }

  if (sock_type != SOCK_DGRAM && listen (fd, SOMAXCONN) != 0)
    error (EXIT_FAILURE, errno, _("cannot listen on %s"),
           quoteaf (sock_name));
  if (verbose)
    error (0, 0, _("listening on %s"), quoteaf (sock_name));
  return fd;
}

/* The time on the monotonic clock, which no one can set.  */
static struct timespec
monotonic_now (void)
{
  struct timespec now;
  if (clock_gettime (CLOCK_MONOTONIC, &now) != 0)
    error (EXIT_FAILURE, errno, _("cannot read the monotonic clock"));
  return now;
}

/* The children running COMMAND.  */
static intmax_t n_children;

static void
sigchld_handler (int sig _GL_UNUSED)
{
}

/* The exit status that mirrors the wait status WSTATUS.  */
static int
exit_status_of (int wstatus)
{
  if (WIFEXITED (wstatus))
    return WEXITSTATUS (wstatus);
  if (WIFSIGNALED (wstatus))
    return 128 + WTERMSIG (wstatus);
  return EXIT_FAILURE;
}

static void
reap_children (void)
{
  int wstatus;
  pid_t pid;
  while (0 < (pid = waitpid (-1, &wstatus, WNOHANG)))
    {
      n_children--;
      if (verbose)
        error (0, 0, _("process %jd ended with status %d"),
               (intmax_t) pid, exit_status_of (wstatus));
    }
}

/* In a child: run COMMAND on the connection CONN from peer P.  */
static _Noreturn void
run_command (int conn, struct peer const *p, char **command,
             sigset_t const *mask)
{
  if (dup2 (conn, STDIN_FILENO) < 0 || dup2 (conn, STDOUT_FILENO) < 0)
    {
      error (0, errno, _("cannot redirect to the connection"));
      _exit (EXIT_CANNOT_INVOKE);
    }
  if (STDOUT_FILENO < conn)
    close (conn);

  setenv ("PROTO", "UNIX", 1);
  setenv ("UNIXLOCALPATH", sock_name, 1);
  if (p->known)
    {
      char buf[3 * sizeof (uintmax_t) + 2];
      snprintf (buf, sizeof buf, "%jd", (intmax_t) p->pid);
      setenv ("UNIXREMOTEPID", buf, 1);
      snprintf (buf, sizeof buf, "%ju", (uintmax_t) p->uid);
      setenv ("UNIXREMOTEEUID", buf, 1);
      snprintf (buf, sizeof buf, "%ju", (uintmax_t) p->gid);
      setenv ("UNIXREMOTEEGID", buf, 1);
    }
  else
    {
      unsetenv ("UNIXREMOTEPID");
      unsetenv ("UNIXREMOTEEUID");
      unsetenv ("UNIXREMOTEEGID");
    }

  /* COMMAND starts with the signal state udscat started with.  */
  signal (SIGPIPE, SIG_DFL);
  signal (SIGCHLD, SIG_DFL);
  sigprocmask (SIG_SETMASK, mask, NULL);

  execvp (command[0], command);
  int err = errno;
  error (0, err, _("cannot run %s"), quote (command[0]));
  _exit (err == ENOENT ? EXIT_ENOENT : EXIT_CANNOT_INVOKE);
}

/* Serve connections on the listening socket LFD: relay them, or run
   COMMAND (if not null) for each.  Return the exit status.  */
static int
serve (int lfd, char **command)
{
  sigset_t blocked, orig, waitmask;
  sigemptyset (&blocked);
  sigaddset (&blocked, SIGCHLD);
  sigaddset (&blocked, SIGINT);
  sigaddset (&blocked, SIGTERM);
  sigaddset (&blocked, SIGHUP);

  /* SIGCHLD interrupts the wait for a connection, so that children
     are reaped at once.  It is blocked except during that wait, so
     that it cannot arrive just before it.  */
  struct sigaction sa;
  memset (&sa, 0, sizeof sa);
  sigemptyset (&sa.sa_mask);
  sa.sa_handler = sigchld_handler;
  sa.sa_flags = SA_NOCLDSTOP;
  sigaction (SIGCHLD, &sa, NULL);

  sigprocmask (SIG_BLOCK, &blocked, &orig);
  waitmask = orig;
  sigdelset (&waitmask, SIGCHLD);
  sigdelset (&waitmask, SIGINT);
  sigdelset (&waitmask, SIGTERM);
  sigdelset (&waitmask, SIGHUP);

  int status = EXIT_SUCCESS;
  bool first = true;

  /* --timeout is a deadline for the first connection served, computed
     once: a refused peer or a signal that interrupts the wait must not
     restart it.  */
  struct timespec deadline;
  if (timeout_given)
    deadline = timespec_add (monotonic_now (), timeout);

  for (;;)
    {
      reap_children ();
      if (interrupt_signal)
        {
          sigprocmask (SIG_SETMASK, &orig, NULL);
          interrupt_exit ();
        }

      struct timespec left, *wait = NULL;
      if (first && timeout_given)
        {
          left = timespec_sub (deadline, monotonic_now ());
          if (timespec_sign (left) < 0)
            left = make_timespec (0, 0);
          wait = &left;
        }
      struct pollfd pfd = { .fd = lfd, .events = POLLIN };
      nfds_t nfds = command && max_clients <= n_children ? 0 : 1;
      int r = ppoll (&pfd, nfds, wait, &waitmask);
      if (r < 0)
        {
          if (errno == EINTR)
            continue;
          error (EXIT_FAILURE, errno, _("poll failed"));
        }
      if (r == 0)
        {
          if (nfds == 0)
            continue;
          error (EXIT_TIMEOUT, 0, _("timed out waiting for a connection"
                                    " on %s"), quoteaf (sock_name));
        }

      int conn = accept4 (lfd, NULL, NULL, SOCK_CLOEXEC);
      if (conn < 0)
        {
          if (errno == EINTR || would_block (errno)
              || errno == ECONNABORTED)
            continue;
          error (EXIT_FAILURE, errno, _("cannot accept a connection on %s"),
                 quoteaf (sock_name));
        }

      struct peer p = get_peer (conn);
      if (verbose)
        report_peer (_("connection"), &p);
      if (!peer_allowed (conn, &p))
        {
          report_peer (_("refused a connection, not in the allow list"), &p);
          close (conn);
          continue;
        }
      first = false;

      if (!keep_open)
        {
          /* No other connection will be served: let other clients fail
             at once rather than wait.  */
          close (lfd);
          cleanup_run ();
        }

      if (command)
        {
          pid_t pid = fork ();
          if (pid < 0)
            {
              error (0, errno, _("cannot fork"));
              close (conn);
              if (!keep_open)
                return EXIT_FAILURE;
              continue;
            }
          if (pid == 0)
            run_command (conn, &p, command, &orig);
          close (conn);
          n_children++;
          if (verbose)
            error (0, 0, _("started process %jd"), (intmax_t) pid);
          if (!keep_open)
            {
              sigprocmask (SIG_SETMASK, &orig, NULL);
              int wstatus;
              while (waitpid (pid, &wstatus, 0) < 0)
                {
                  if (errno != EINTR)
                    error (EXIT_FAILURE, errno, _("cannot wait for %s"),
                           quote (command[0]));
                  interrupt_check ();
                }
              return exit_status_of (wstatus);
            }
        }
      else
        {
          sigprocmask (SIG_SETMASK, &orig, NULL);
          enum relay_end end = relay (conn);
          close (conn);
          if (verbose)
            error (0, 0, _("connection closed"));
          if (end == RELAY_FATAL)
            return EXIT_FAILURE;
          if (end == RELAY_FAILED)
            status = EXIT_FAILURE;
          if (!keep_open)
            return status;
          sigprocmask (SIG_BLOCK, &blocked, NULL);
        }
    }
}

/* Receive datagrams on SOCK forever.  */
static int
receive_datagrams (int sock)
{
  enum relay_end end = relay_records (sock, false);
  return end == RELAY_OK ? EXIT_SUCCESS : EXIT_FAILURE;
}

int
main (int argc, char **argv)
{
  int c;
  bool dgram = false, seqpacket = false, zero = false;
  bool max_clients_given = false;

  set_program_name (argv[0]);
  setlocale (LC_ALL, "");
  bindtextdomain (PACKAGE, locale_directory ());
  textdomain (PACKAGE);

  atexit (close_stdout);
  /* Keep descriptors 0, 1 and 2 taken, so that no socket, queue or
     file we open becomes standard input or output by accident.  */
  xstdopen ();

  object_init (&obj);

  /* '+': options end at SOCKET, so that COMMAND keeps its own.  */
  while ((c = getopt_long (argc, argv, "+dklm:svz", long_options, NULL))
         != -1)
    {
      switch (c)
        {
        case 'l':
          listen_mode = true;
          break;
        case 'k':
          keep_open = true;
          break;
        case 'd':
          dgram = true;
          break;
        case 's':
          seqpacket = true;
          break;
        case 'z':
          zero = true;
          break;
        case 'v':
          verbose = true;
          break;
        case 'm':
        case EXCLUSIVE_OPTION:
          object_option (&obj, c, optarg);
          break;
        case MAX_CLIENTS_OPTION:
          max_clients = xnumber (optarg, 1, INT_MAX,
                                 _("number of clients"));
          max_clients_given = true;
          break;
        case ALLOW_UID_OPTION:
          parse_id_list (optarg, false, &allow_uid);
          break;
        case ALLOW_GID_OPTION:
          parse_id_list (optarg, true, &allow_gid);
          break;
        case TIMEOUT_OPTION:
          timeout = xduration (optarg, _("timeout"));
          timeout_given = true;
          break;
        case_GETOPT_HELP_CHAR;
        case_GETOPT_VERSION_CHAR (PROGRAM_NAME, AUTHORS);
        default:
          usage (EXIT_FAILURE);
        }
    }

  if (argc <= optind)
    {
      error (0, 0, _("missing operand"));
      usage (EXIT_FAILURE);
    }
  set_address (argv[optind]);
  char **command = optind + 1 < argc ? argv + optind + 1 : NULL;

  if (dgram && seqpacket)
    {
      error (0, 0, _("--dgram and --seqpacket cannot be used together"));
      usage (EXIT_FAILURE);
    }
  sock_type = dgram ? SOCK_DGRAM : seqpacket ? SOCK_SEQPACKET : SOCK_STREAM;
  if (zero && !(dgram || seqpacket))
    {
      error (0, 0, _("--zero-terminated applies only with --dgram or"
                     " --seqpacket"));
      usage (EXIT_FAILURE);
    }
  record_delim = zero ? '\0' : '\n';
  if (!listen_mode)
    {
      char const *opt = (keep_open ? "--keep-open"
                         : command ? NULL
                         : obj.mode_given ? "--mode"
                         : obj.exclusive ? "--exclusive"
                         : max_clients_given ? "--max-clients" : NULL);
      if (command)
        {
          error (0, 0, _("extra operand %s: a COMMAND needs --listen"),
                 quote (command[0]));
          usage (EXIT_FAILURE);
        }
      if (opt)
        {
          error (0, 0, _("%s applies only with --listen"), opt);
          usage (EXIT_FAILURE);
        }
    }
  if (dgram && command)
    {
      error (0, 0, _("a COMMAND needs a stream or seqpacket socket,"
                     " not --dgram"));
      usage (EXIT_FAILURE);
    }
  if (dgram && allow_given)
    {
      error (0, 0, _("--allow-uid and --allow-gid need a stream or"
                     " seqpacket socket, not --dgram"));
      usage (EXIT_FAILURE);
    }
  if (dgram && listen_mode && (keep_open || timeout_given))
    {
      error (0, 0, _("%s does not apply to a datagram socket that"
                     " receives"), keep_open ? "--keep-open" : "--timeout");
      usage (EXIT_FAILURE);
    }
  if (max_clients_given && !(command && keep_open))
    {
      error (0, 0, _("--max-clients applies only with --keep-open and a"
                     " COMMAND"));
      usage (EXIT_FAILURE);
    }
  if (abstract && (obj.mode_given || obj.exclusive))
    {
      error (0, 0, _("%s does not apply to an abstract socket, which has"
                     " no file"), obj.mode_given ? "--mode" : "--exclusive");
      usage (EXIT_FAILURE);
    }

  interrupt_install ();

  int status;
  if (listen_mode)
    {
      int lfd = make_listener ();
      status = (sock_type == SOCK_DGRAM ? receive_datagrams (lfd)
                : serve (lfd, command));
    }
  else
    {
      int fd = connect_socket ();
      enum relay_end end = relay (fd);
      status = end == RELAY_OK ? EXIT_SUCCESS : EXIT_FAILURE;
    }

  return status;
}
