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

/* The program: its options, the socket address, connecting, listening,
   serving connections one after another or running a COMMAND for
   each, and main, which parses and checks the options, then hands
   over in one line to the client or the server.  Who may connect is
   udscat-peer.c's business; moving the data, udscat-relay.c's.  All
   the state is in struct options and struct server: no file-scope
   variables.  */

#include <config.h>

#include <fcntl.h>
#include <getopt.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/un.h>
#include <sys/wait.h>

#include "system.h"
#include "xstdopen.h"
#include "udscat.h"

#include "intprops.h"
#include "timespec.h"
#include "xstrtol.h"

/* The official name of this program.  */
#define PROGRAM_NAME "udscat"

enum
{
  MAX_CLIENTS_OPTION = PROGRAM_OPTION_BASE,
  ALLOW_UID_OPTION,
  ALLOW_GID_OPTION,
  NETSTRING_OPTION
};

static struct option const long_options[] =
{
  {"listen", no_argument, NULL, 'l'},
  {"keep-open", no_argument, NULL, 'k'},
  {"dgram", no_argument, NULL, 'd'},
  {"seqpacket", no_argument, NULL, 's'},
  {"zero-terminated", no_argument, NULL, 'z'},
  {"netstring", no_argument, NULL, NETSTRING_OPTION},
  {"verbose", no_argument, NULL, 'v'},
  {"mode", required_argument, NULL, 'm'},
  {"exclusive", no_argument, NULL, EXCLUSIVE_OPTION},
  {"max-clients", required_argument, NULL, MAX_CLIENTS_OPTION},
  {"allow-uid", required_argument, NULL, ALLOW_UID_OPTION},
  {"allow-gid", required_argument, NULL, ALLOW_GID_OPTION},
  TIMEOUT_LONGOPTS,
  {GETOPT_HELP_OPTION_DECL},
  {GETOPT_VERSION_OPTION_DECL},
  {NULL, 0, NULL, 0}
};

/* The default of --max-clients.  */
enum { DEFAULT_MAX_CLIENTS = 64 };

/* Say what this system lacks, and what udscat cannot do without it
   (configure.ac, "Platforms").  On GNU/Linux, nothing.  */
static void
emit_platform_notes (void)
{
  if (ABSTRACT_SOCKETS && PEER_CREDENTIALS && PEER_PID
      && PASS_CREDENTIALS)
    return;
  fputs (_("\n\
On this system:\n"), stdout);
  if (!ABSTRACT_SOCKETS)
    fputs (_("\
- there are no abstract socket names: @NAME is refused; a --dgram client\n\
  has no address, and a server cannot answer it\n"), stdout);
  if (!PEER_CREDENTIALS)
    fputs (_("\
- udscat cannot tell who a peer is: --allow-uid and --allow-gid are\n\
  refused, and COMMAND gets no UNIXREMOTEPID, UNIXREMOTEEUID or\n\
  UNIXREMOTEEGID\n"), stdout);
  else if (!PEER_PID)
    fputs (_("\
- udscat cannot tell the process of a peer: COMMAND gets no\n\
  UNIXREMOTEPID\n"), stdout);
  if (!PASS_CREDENTIALS)
    fputs (_("\
- with --seqpacket, an empty packet can be taken for the end of the\n\
  connection, and what the peer sends after it is not read\n"), stdout);
}

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
      emit_mandatory_arg_note ();
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
      --netstring       with --dgram or --seqpacket, each record on standard\n\
                          input and output is a netstring, LEN:BYTES,\n\
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
"), stdout);
      emit_timeout_option ();
      fputs (_("\
                          (DURATION bounds the wait to connect; with\n\
                          --listen, the wait for the first connection)\n\
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
      fputs (_("\
\n\
Socket activation: with --listen, when systemd passed a listening socket\n\
(LISTEN_PID is this process, LISTEN_FDS is 1), udscat serves it instead\n\
of creating one, after checking that it is SOCKET, of the kind the\n\
options ask for; its file is systemd's and stays.  LISTEN_PID, LISTEN_FDS\n\
and LISTEN_FDNAMES are removed from the environment of COMMAND.\n\
"), stdout);
      emit_platform_notes ();
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

/* What the command line asks for.  */
struct options
{
  /* The socket, as given and as an address.  */
  char const *sock_name;
  struct sockaddr_un addr;
  socklen_t addrlen;
  bool abstract;
  int sock_type;

  bool listen;                  /* --listen */
  bool keep_open;               /* --keep-open */
  bool verbose;                 /* --verbose */
  bool dgram, seqpacket, zero;  /* --dgram, --seqpacket, -z */
  bool netstring;               /* --netstring */
  enum record_framing framing;  /* of records on standard input, output */
  intmax_t max_clients;         /* --max-clients */
  bool max_clients_given;
  struct timeout_option timeout; /* --timeout */
  struct ipc_object obj;        /* --mode, --exclusive */
  struct allow_lists allow;     /* --allow-uid, --allow-gid */
  char **command;               /* COMMAND [ARG]..., or NULL */
};

/* ------------------------------------------------------------------ */
/* Options.  */

/* Set the address of O from NAME: a file name, or @NAME for the
   abstract namespace.  */
static void
set_address (struct options *o, char const *name)
{
  size_t len = strlen (name);
  enum { PATH_MAX_LEN = sizeof o->addr.sun_path - 1 };
  char limit[INT_BUFSIZE_BOUND (int) + 64];
  snprintf (limit, sizeof limit,
            ngettext ("%d byte", "%d bytes", select_plural (PATH_MAX_LEN)),
            (int) PATH_MAX_LEN);

  o->sock_name = name;
  memset (&o->addr, 0, sizeof o->addr);
  o->addr.sun_family = AF_UNIX;
  if (name[0] == '@')
    {
#if !HAVE_ABSTRACT_SOCKETS
      error (EXIT_FAILURE, 0, _("%s: abstract socket names are not"
                                " supported on this system"),
             quote (name));
#endif
      o->abstract = true;
      if (len == 1)
        error (EXIT_FAILURE, 0, _("empty abstract socket name: %s"),
               quote (name));
      /* The abstract name is the bytes after a leading NUL, with no
         terminator.  */
      if (sizeof o->addr.sun_path < len)
        error (EXIT_FAILURE, 0,
               ngettext ("abstract socket name %s is too long: %zu byte,"
                         " at most %s fit in sun_path",
                         "abstract socket name %s is too long: %zu bytes,"
                         " at most %s fit in sun_path",
                         select_plural (len - 1)),
               quote (name), len - 1, limit);
      memcpy (o->addr.sun_path + 1, name + 1, len - 1);
      o->addrlen = offsetof (struct sockaddr_un, sun_path) + len;
    }
  else
    {
      if (len == 0)
        error (EXIT_FAILURE, 0, _("empty socket name"));
      if (PATH_MAX_LEN < len)
        error (EXIT_FAILURE, 0,
               ngettext ("socket name %s is too long: %zu byte, at most %s"
                         " fit in sun_path; use a shorter relative name",
                         "socket name %s is too long: %zu bytes, at most %s"
                         " fit in sun_path; use a shorter relative name",
                         select_plural (len)),
               quoteaf (name), len, limit);
      memcpy (o->addr.sun_path, name, len);
      o->addrlen = offsetof (struct sockaddr_un, sun_path) + len + 1;
    }
}

/* Parse the command line into O.  */
static void
parse_options (int argc, char **argv, struct options *o)
{
  *o = (struct options) { .sock_type = SOCK_STREAM,
                          .max_clients = DEFAULT_MAX_CLIENTS };
  object_init (&o->obj);

  /* '+': options end at SOCKET, so that COMMAND keeps its own.  */
  int c;
  while ((c = getopt_long (argc, argv, "+dklm:svz", long_options, NULL))
         != -1)
    {
      if (timeout_option (&o->timeout, c, optarg))
        continue;
      switch (c)
        {
        case 'l':
          o->listen = true;
          break;
        case 'k':
          o->keep_open = true;
          break;
        case 'd':
          o->dgram = true;
          break;
        case 's':
          o->seqpacket = true;
          break;
        case 'z':
          o->zero = true;
          break;
        case NETSTRING_OPTION:
          o->netstring = true;
          break;
        case 'v':
          o->verbose = true;
          break;
        case 'm':
        case EXCLUSIVE_OPTION:
          object_option (&o->obj, c, optarg);
          break;
        case MAX_CLIENTS_OPTION:
          o->max_clients = xnumber (optarg, 1, INT_MAX,
                                    _("number of clients"));
          o->max_clients_given = true;
          break;
        case ALLOW_UID_OPTION:
          allow_parse (&o->allow, optarg, false);
          break;
        case ALLOW_GID_OPTION:
          allow_parse (&o->allow, optarg, true);
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
  set_address (o, argv[optind]);
  o->command = optind + 1 < argc ? argv + optind + 1 : NULL;
}

/* Reject the options of O that conflict, with a specific message.  */
static void
check_options (struct options *o)
{
  if (o->dgram && o->seqpacket)
    {
      error (0, 0, _("--dgram and --seqpacket cannot be used together"));
      usage (EXIT_FAILURE);
    }
  o->sock_type = (o->dgram ? SOCK_DGRAM : o->seqpacket ? SOCK_SEQPACKET
                  : SOCK_STREAM);
  if (o->zero && !(o->dgram || o->seqpacket))
    {
      error (0, 0, _("--zero-terminated applies only with --dgram or"
                     " --seqpacket"));
      usage (EXIT_FAILURE);
    }
  if (o->netstring && !(o->dgram || o->seqpacket))
    {
      error (0, 0, _("--netstring applies only with --dgram or"
                     " --seqpacket"));
      usage (EXIT_FAILURE);
    }
  if (o->netstring && o->zero)
    {
      error (0, 0, _("--netstring and --zero-terminated cannot be used"
                     " together"));
      usage (EXIT_FAILURE);
    }
  o->framing = (o->netstring ? RECORD_NETSTRING
                : o->zero ? RECORD_NUL : RECORD_LINE);
  if (!o->listen)
    {
      char const *opt = (o->keep_open ? "--keep-open"
                         : o->command ? NULL
                         : o->obj.mode_given ? "--mode"
                         : o->obj.exclusive ? "--exclusive"
                         : o->max_clients_given ? "--max-clients" : NULL);
      if (o->command)
        {
          error (0, 0, _("extra operand %s: a COMMAND needs --listen"),
                 quote (o->command[0]));
          usage (EXIT_FAILURE);
        }
      if (opt)
        {
          error (0, 0, _("%s applies only with --listen"), opt);
          usage (EXIT_FAILURE);
        }
    }
  if (o->dgram && o->command)
    {
      error (0, 0, _("a COMMAND needs a stream or seqpacket socket,"
                     " not --dgram"));
      usage (EXIT_FAILURE);
    }
  if (o->dgram && o->allow.given)
    {
      error (0, 0, _("--allow-uid and --allow-gid need a stream or"
                     " seqpacket socket, not --dgram"));
      usage (EXIT_FAILURE);
    }
  if (o->dgram && o->listen && (o->keep_open || o->timeout.given))
    {
      error (0, 0, _("%s does not apply to a datagram socket that"
                     " receives"), o->keep_open ? "--keep-open" : "--timeout");
      usage (EXIT_FAILURE);
    }
  if (o->max_clients_given && !(o->command && o->keep_open))
    {
      error (0, 0, _("--max-clients applies only with --keep-open and a"
                     " COMMAND"));
      usage (EXIT_FAILURE);
    }
  if (o->abstract && (o->obj.mode_given || o->obj.exclusive))
    {
      error (0, 0, _("%s does not apply to an abstract socket, which has"
                     " no file"), o->obj.mode_given ? "--mode" : "--exclusive");
      usage (EXIT_FAILURE);
    }
}

/* ------------------------------------------------------------------ */
/* Connecting.  */

static _Noreturn void
connect_failed (struct options const *o, int err)
{
  struct stat st;
  if (err == ECONNREFUSED && !o->abstract && stat (o->sock_name, &st) == 0
      && !S_ISSOCK (st.st_mode))
    error (EXIT_FAILURE, 0, _("cannot connect to %s: not a socket"),
           quoteaf (o->sock_name));
  if (err == EPROTOTYPE)
    error (EXIT_FAILURE, 0,
           _("cannot connect to %s: it is not a %s socket%s"),
           quoteaf (o->sock_name),
           (o->sock_type == SOCK_STREAM ? "stream"
            : o->sock_type == SOCK_DGRAM ? "datagram" : "seqpacket"),
           (o->sock_type == SOCK_STREAM
            ? _(" (try --dgram or --seqpacket)") : ""));
  if (err == ECONNREFUSED)
    error (EXIT_FAILURE, 0,
           _("cannot connect to %s: connection refused (no process"
             " listens on it)"), quoteaf (o->sock_name));
  error (EXIT_FAILURE, err, _("cannot connect to %s"),
         quoteaf (o->sock_name));
  abort ();
}

/* The connection to the socket of O did not come within --timeout (a
   connect to a Unix stream socket waits only for room in its queue of
   connections): say so as the suite's rule says (ipcutils.h), and
   exit.  */
static _Noreturn void
connect_timed_out (struct options const *o)
{
  timeout_exit (&o->timeout, _("room in the queue of connections of %s"),
                quoteaf (o->sock_name));
}

/* Connect to the socket of O, within --timeout, and check the server
   against the allow lists.  Return the connected socket.  */
static int
connect_socket (struct options const *o)
{
  bool now = timeout_is_zero (&o->timeout);
  int fd = socket_cloexec (AF_UNIX, o->sock_type, now);
  if (fd < 0)
    error (EXIT_FAILURE, errno, _("cannot create a socket"));

#if HAVE_ABSTRACT_SOCKETS
  if (o->sock_type == SOCK_DGRAM)
    {
      /* Autobind to an abstract address, so that the server can
         answer.  Elsewhere the socket stays unnamed: a server cannot
         answer it.  */
      struct sockaddr_un local = { .sun_family = AF_UNIX };
      if (bind (fd, (struct sockaddr *) &local, sizeof (sa_family_t)) != 0)
        error (EXIT_FAILURE, errno, _("cannot bind a datagram socket"));
    }
#endif

  if (o->timeout.given && !now)
    timeout_arm (o->timeout.duration);
  while (connect (fd, (struct sockaddr *) &o->addr, o->addrlen) != 0)
    {
      int err = errno;
      if (err == EINTR)
        {
          interrupt_check ();
          if (o->timeout.given && timeout_expired)
            {
              timeout_disarm ();
              connect_timed_out (o);
            }
          continue;
        }
      if (now && would_block (err))
        connect_timed_out (o);
      timeout_disarm ();
      connect_failed (o, err);
    }
  if (o->timeout.given && !now)
    timeout_disarm ();

  if (o->verbose)
    error (0, 0, _("connected to %s"), quoteaf (o->sock_name));
  if (o->sock_type != SOCK_DGRAM)
    {
      struct peer p = peer_get (fd);
      if (o->verbose)
        peer_report (_("server"), &p);
      if (!peer_allowed (&o->allow, fd, &p))
        {
          peer_report (_("refusing the server, not in the allow list"), &p);
          exit (EXIT_FAILURE);
        }
    }
  return fd;
}

/* The client: connect, relay, and return the exit status.  */
static int
run_client (struct options const *o)
{
  struct relay r;
  relay_init (&r, o->sock_name, o->sock_type, o->framing,
              o->verbose);
  int fd = connect_socket (o);
  enum relay_end end = relay_connection (&r, fd);
  relay_free (&r);
  return end == RELAY_OK ? EXIT_SUCCESS : EXIT_FAILURE;
}

/* ------------------------------------------------------------------ */
/* Listening.  */

/* Make room for the socket file: nothing to do if it does not exist;
   remove it if it is a stale socket; fail otherwise.  */
static void
prepare_path (struct options const *o)
{
  char const *name = o->sock_name;
  struct stat st;
  if (lstat (name, &st) != 0)
    {
      if (errno == ENOENT)
        return;
      error (EXIT_FAILURE, errno, _("cannot access %s"), quoteaf (name));
    }
  if (o->obj.exclusive)
    error (EXIT_FAILURE, 0, _("%s exists already"), quoteaf (name));
  if (!S_ISSOCK (st.st_mode))
    error (EXIT_FAILURE, 0, _("%s exists and is not a socket;"
                              " not replacing it"), quoteaf (name));

  /* A socket file outlives its server.  It is stale if no socket is
     bound to it any more: connecting is refused.  The probe is a
     datagram socket, so that it never makes a connection that a
     stream server would accept: a datagram connect only sets the
     peer address, and to a stream or seqpacket server it fails with
     EPROTOTYPE, which means that the server is alive.  */
  int probe = socket_cloexec (AF_UNIX, SOCK_DGRAM, true);
  if (probe < 0)
    error (EXIT_FAILURE, errno, _("cannot create a socket"));
  int r = connect (probe, (struct sockaddr *) &o->addr, o->addrlen);
  int err = errno;
  close (probe);
  if (r == 0 || err == EPROTOTYPE || would_block (err))
    error (EXIT_FAILURE, 0, _("%s is in use by a running server;"
                              " not replacing it"), quoteaf (name));
  if (err != ECONNREFUSED)
    error (EXIT_FAILURE, err, _("cannot check whether socket %s is in use"),
           quoteaf (name));

  struct stat st2;
  if (lstat (name, &st2) == 0
      && (st2.st_dev != st.st_dev || st2.st_ino != st.st_ino))
    error (EXIT_FAILURE, 0, _("%s was replaced while checking it"),
           quoteaf (name));
  if (unlink (name) != 0 && errno != ENOENT)
    error (EXIT_FAILURE, errno, _("cannot remove stale socket %s"),
           quoteaf (name));
  if (o->verbose)
    error (0, 0, _("removed stale socket %s"), quoteaf (name));
}

/* The first descriptor that systemd passes (SD_LISTEN_FDS_START).  */
enum { LISTEN_FDS_START = 3 };

/* The value of the environment variable NAME as a number, or -1 if it
   is not a number from 0 to INT_MAX.  */
static intmax_t
listen_env_number (char const *name)
{
  char const *val = getenv (name);
  intmax_t n;
  char *end;
  if (!val || xstrtoimax (val, &end, 10, &n, "") != LONGINT_OK
      || *end || n < 0 || INT_MAX < n)
    return -1;
  return n;
}

/* The socket that systemd passed to this process for O (socket
   activation, as sd_listen_fds(3) says, without libsystemd), or -1 if
   none was passed: LISTEN_PID is not this process or LISTEN_FDS is not
   set.  Diagnose and exit if the socket passed is not the one that O
   asks for.  Remove LISTEN_PID, LISTEN_FDS and LISTEN_FDNAMES from the
   environment, so that no COMMAND sees them.  */
static int
activation_socket (struct options const *o)
{
  char const *fds_env = getenv ("LISTEN_FDS");
  if (!fds_env || listen_env_number ("LISTEN_PID") != getpid ())
    return -1;
  intmax_t nfds = listen_env_number ("LISTEN_FDS");
  char *fds_copy = xstrdup (fds_env);
  unsetenv ("LISTEN_PID");
  unsetenv ("LISTEN_FDS");
  unsetenv ("LISTEN_FDNAMES");
  if (nfds != 1)
    error (EXIT_FAILURE, 0,
           _("socket activation passed LISTEN_FDS=%s; udscat takes"
             " exactly 1 socket"), quote (fds_copy));
  free (fds_copy);

  int fd = LISTEN_FDS_START;
  /* The family from getsockname, not SO_DOMAIN, which is Linux's.  */
  struct sockaddr_storage family;
  int type, listening;
  socklen_t len = sizeof family;
  if (getsockname (fd, (struct sockaddr *) &family, &len) != 0
      || len < offsetof (struct sockaddr_storage, ss_family)
               + sizeof family.ss_family
      || family.ss_family != AF_UNIX)
    error (EXIT_FAILURE, 0, _("descriptor %d passed by socket activation"
                              " is not a Unix domain socket"), fd);
  len = sizeof type;
  if (getsockopt (fd, SOL_SOCKET, SO_TYPE, &type, &len) != 0
      || type != o->sock_type)
    error (EXIT_FAILURE, 0, "%s",
           (o->sock_type == SOCK_DGRAM
            ? _("the socket passed by socket activation is not a datagram"
                " socket")
            : o->sock_type == SOCK_SEQPACKET
            ? _("the socket passed by socket activation is not a seqpacket"
                " socket")
            : _("the socket passed by socket activation is not a stream"
                " socket")));
  len = sizeof listening;
  if (o->sock_type != SOCK_DGRAM
      && (getsockopt (fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &len) != 0
          || !listening))
    error (EXIT_FAILURE, 0,
           _("the socket passed by socket activation is not listening"));

  struct sockaddr_un addr;
  len = sizeof addr;
  if (getsockname (fd, (struct sockaddr *) &addr, &len) != 0)
    error (EXIT_FAILURE, errno,
           _("cannot get the address of the socket passed by socket"
             " activation"));
  bool same;
  if (o->abstract)
    same = (len == o->addrlen
            && memcmp (addr.sun_path, o->addr.sun_path,
                       len - offsetof (struct sockaddr_un, sun_path)) == 0);
  else
    {
      struct stat st1, st2;
      idx_t pathlen = len - offsetof (struct sockaddr_un, sun_path);
      same = (offsetof (struct sockaddr_un, sun_path) < len
              && addr.sun_path[0] != '\0'
              && memchr (addr.sun_path, '\0', pathlen)
              && stat (addr.sun_path, &st1) == 0
              && stat (o->sock_name, &st2) == 0
              && st1.st_dev == st2.st_dev && st1.st_ino == st2.st_ino);
    }
  if (!same)
    error (EXIT_FAILURE, 0,
           _("the socket passed by socket activation is not %s"),
           quoteaf (o->sock_name));

  int flags = fcntl (fd, F_GETFD);
  if (flags < 0 || fcntl (fd, F_SETFD, flags | FD_CLOEXEC) != 0)
    error (EXIT_FAILURE, errno, _("cannot set close-on-exec on the socket"
                                  " passed by socket activation"));
  if (o->verbose)
    error (0, 0, _("listening on %s (socket activation)"),
           quoteaf (o->sock_name));
  return fd;
}

/* Create, bind and listen on the socket of O; register its file for
   removal at exit.  Return the listening (or, for datagrams, bound)
   socket.  */
static int
make_listener (struct options const *o)
{
  /* A socket from systemd belongs to systemd: it is used as it is,
     its file is neither created, replaced nor removed.  */
  int fd = activation_socket (o);
  if (0 <= fd)
    return fd;

  fd = socket_cloexec (AF_UNIX, o->sock_type, false);
  if (fd < 0)
    error (EXIT_FAILURE, errno, _("cannot create a socket"));

  if (!o->abstract)
    prepare_path (o);

  /* bind creates the file with 0777 less the umask: set the umask so
     that the file has the suite's mode (--mode, or 0600 less the
     umask) from the start, with no chmod race.  */
  mode_t mode = object_mode (&o->obj);
  mode_t saved = umask (~mode & (S_IRWXU | S_IRWXG | S_IRWXO));
  int r = bind (fd, (struct sockaddr *) &o->addr, o->addrlen);
  int err = errno;
  umask (saved);
  if (r != 0)
    {
      if (err == EADDRINUSE)
        error (EXIT_FAILURE, 0, _("cannot listen on %s: address in use"),
               quoteaf (o->sock_name));
      error (EXIT_FAILURE, err, _("cannot listen on %s"),
             quoteaf (o->sock_name));
    }

  struct stat st;
  if (!o->abstract && lstat (o->sock_name, &st) == 0)
    cleanup_add_path (o->sock_name, &st);

  if (o->sock_type != SOCK_DGRAM && listen (fd, SOMAXCONN) != 0)
    error (EXIT_FAILURE, errno, _("cannot listen on %s"),
           quoteaf (o->sock_name));
  if (o->verbose)
    error (0, 0, _("listening on %s"), quoteaf (o->sock_name));
  return fd;
}

/* ------------------------------------------------------------------ */
/* Serving.  */

/* The state of a server.  */
struct server
{
  struct options const *o;
  int lfd;                      /* the listening socket */
  struct relay relay;           /* without a COMMAND */
  intmax_t children;            /* COMMANDs running */
  sigset_t blocked;             /* SIGCHLD and the interruptions */
  sigset_t orig;                /* the mask udscat started with */
  sigset_t waitmask;            /* during the wait for a connection */
};

/* The time on the monotonic clock, which no one can set.  */
static struct timespec
monotonic_now (void)
{
  struct timespec now;
  if (clock_gettime (CLOCK_MONOTONIC, &now) != 0)
    error (EXIT_FAILURE, errno, _("cannot read the monotonic clock"));
  return now;
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
reap_children (struct server *s)
{
  int wstatus;
  pid_t pid;
  while (0 < (pid = waitpid (-1, &wstatus, WNOHANG)))
    {
      s->children--;
      if (s->o->verbose)
        error (0, 0, _("process %jd ended with status %d"),
               (intmax_t) pid, exit_status_of (wstatus));
    }
}

/* In a child: run COMMAND on the connection CONN from peer P.  */
static _Noreturn void
run_command (struct server const *s, int conn, struct peer const *p)
{
  char **command = s->o->command;
  if (dup2 (conn, STDIN_FILENO) < 0 || dup2 (conn, STDOUT_FILENO) < 0)
    {
      error (0, errno, _("cannot redirect to the connection"));
      _exit (EXIT_CANNOT_INVOKE);
    }
  if (STDOUT_FILENO < conn)
    close (conn);

  setenv ("PROTO", "UNIX", 1);
  setenv ("UNIXLOCALPATH", s->o->sock_name, 1);
  /* What the system cannot tell of the peer is left unset (see
     udscat-peer.c).  */
  char buf[3 * sizeof (uintmax_t) + 2];
  if (p->pid_known)
    {
      snprintf (buf, sizeof buf, "%jd", (intmax_t) p->pid);
      setenv ("UNIXREMOTEPID", buf, 1);
    }
  else
    unsetenv ("UNIXREMOTEPID");
  if (p->known)
    {
      snprintf (buf, sizeof buf, "%ju", (uintmax_t) p->uid);
      setenv ("UNIXREMOTEEUID", buf, 1);
      snprintf (buf, sizeof buf, "%ju", (uintmax_t) p->gid);
      setenv ("UNIXREMOTEEGID", buf, 1);
    }
  else
    {
      unsetenv ("UNIXREMOTEEUID");
      unsetenv ("UNIXREMOTEEGID");
    }

  /* COMMAND starts with the signal state udscat started with.  */
  signal (SIGPIPE, SIG_DFL);
  signal (SIGCHLD, SIG_DFL);
  sigprocmask (SIG_SETMASK, &s->orig, NULL);

  execvp (command[0], command);
  int err = errno;
  error (0, err, _("cannot run %s"), quote (command[0]));
  _exit (err == ENOENT ? EXIT_ENOENT : EXIT_CANNOT_INVOKE);
}

/* Block SIGCHLD and the interruptions except while waiting for a
   connection, so that none arrives just before that wait: SIGCHLD
   interrupts it, and children are reaped at once.  */
static void
server_signals (struct server *s)
{
  sigemptyset (&s->blocked);
  sigaddset (&s->blocked, SIGCHLD);
  sigaddset (&s->blocked, SIGINT);
  sigaddset (&s->blocked, SIGTERM);
  sigaddset (&s->blocked, SIGHUP);

  child_wait_init ();
  sigprocmask (SIG_BLOCK, &s->blocked, &s->orig);
  s->waitmask = s->orig;
  sigdelset (&s->waitmask, SIGCHLD);
  sigdelset (&s->waitmask, SIGINT);
  sigdelset (&s->waitmask, SIGTERM);
  sigdelset (&s->waitmask, SIGHUP);
}

/* Wait for the next connection that passes the allow lists, until
   DEADLINE (if not null), and return it with its peer in *P.  */
static int
next_connection (struct server *s, struct timespec const *deadline,
                 struct peer *p)
{
  for (;;)
    {
      reap_children (s);
      if (interrupt_signal)
        {
          sigprocmask (SIG_SETMASK, &s->orig, NULL);
          interrupt_exit ();
        }

      struct timespec left, *wait = NULL;
      if (deadline)
        {
          left = timespec_sub (*deadline, monotonic_now ());
          if (timespec_sign (left) < 0)
            left = make_timespec (0, 0);
          wait = &left;
        }
      /* At --max-clients, wait for a child only.  */
      struct pollfd pfd[2] = { { .fd = s->lfd, .events = POLLIN } };
      nfds_t nfds = (s->o->command && s->o->max_clients <= s->children
                     ? 0 : 1);
      int r = child_wait (pfd, nfds, wait, &s->waitmask);
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
          timeout_exit (&s->o->timeout, _("a connection on %s"),
                        quoteaf (s->o->sock_name));
        }

      int conn = accept_cloexec (s->lfd);
      if (conn < 0)
        {
          if (errno == EINTR || would_block (errno)
              || errno == ECONNABORTED)
            continue;
          error (EXIT_FAILURE, errno, _("cannot accept a connection on %s"),
                 quoteaf (s->o->sock_name));
        }

      *p = peer_get (conn);
      if (s->o->verbose)
        peer_report (_("connection"), p);
      if (peer_allowed (&s->o->allow, conn, p))
        return conn;
      peer_report (_("refused a connection, not in the allow list"), p);
      close (conn);
    }
}

/* Run COMMAND for the connection CONN from P.  Return -1 to go on
   serving, or the exit status.  */
static int
serve_command (struct server *s, int conn, struct peer const *p)
{
  pid_t pid = fork ();
  if (pid < 0)
    {
      error (0, errno, _("cannot fork"));
      close (conn);
      return s->o->keep_open ? -1 : EXIT_FAILURE;
    }
  if (pid == 0)
    run_command (s, conn, p);
  close (conn);
  s->children++;
  if (s->o->verbose)
    error (0, 0, _("started process %jd"), (intmax_t) pid);
  if (s->o->keep_open)
    return -1;

  sigprocmask (SIG_SETMASK, &s->orig, NULL);
  int wstatus;
  while (waitpid (pid, &wstatus, 0) < 0)
    {
      if (errno != EINTR)
        error (EXIT_FAILURE, errno, _("cannot wait for %s"),
               quote (s->o->command[0]));
      interrupt_check ();
    }
  return exit_status_of (wstatus);
}

/* Relay the connection CONN with standard input and output.  Return
   -1 to go on serving, or the exit status; update *STATUS.  */
static int
serve_relay (struct server *s, int conn, int *status)
{
  sigprocmask (SIG_SETMASK, &s->orig, NULL);
  enum relay_end end = relay_connection (&s->relay, conn);
  close (conn);
  if (s->o->verbose)
    error (0, 0, _("connection closed"));
  if (end == RELAY_FATAL)
    return EXIT_FAILURE;
  if (end == RELAY_FAILED)
    *status = EXIT_FAILURE;
  if (!s->o->keep_open)
    return *status;
  sigprocmask (SIG_BLOCK, &s->blocked, NULL);
  return -1;
}

/* Serve the connections of S one after another, or run COMMAND for
   each.  Return the exit status.  */
static int
serve_connections (struct server *s)
{
  struct options const *o = s->o;
  server_signals (s);

  /* --timeout is a deadline for the first connection served, computed
     once: a refused peer or a signal that interrupts the wait must not
     restart it.  */
  struct timespec deadline;
  if (o->timeout.given)
    deadline = timespec_add (monotonic_now (), o->timeout.duration);

  int status = EXIT_SUCCESS;
  for (bool first = true; ; first = false)
    {
      struct peer p;
      int conn = next_connection (s, (first && o->timeout.given
                                      ? &deadline : NULL), &p);
      if (!o->keep_open)
        {
          /* No other connection will be served: let other clients fail
             at once rather than wait.  */
          close (s->lfd);
          cleanup_run ();
        }
      int end = (o->command ? serve_command (s, conn, &p)
                 : serve_relay (s, conn, &status));
      if (0 <= end)
        return end;
    }
}

/* Listen on the socket of O, and serve: relay the datagrams that
   arrive, or the connections.  Return the exit status.  */
static int
serve (struct options const *o)
{
  struct server s = { .o = o, .lfd = make_listener (o) };
  relay_init (&s.relay, o->sock_name, o->sock_type, o->framing,
              o->verbose);
  int status = (o->sock_type == SOCK_DGRAM
                ? (relay_receive (&s.relay, s.lfd) == RELAY_OK
                   ? EXIT_SUCCESS : EXIT_FAILURE)
                : serve_connections (&s));
  relay_free (&s.relay);
  return status;
}

int
main (int argc, char **argv)
{
  set_program_name (argv[0]);
  setlocale (LC_ALL, "");
  bindtextdomain (PACKAGE, locale_directory ());
  textdomain (PACKAGE);

  atexit (close_stdout);
  /* Keep descriptors 0, 1 and 2 taken, so that no socket, queue or
     file we open becomes standard input or output by accident.  */
  xstdopen ();

  struct options o;
  parse_options (argc, argv, &o);
  check_options (&o);
  interrupt_install ();

  int status = o.listen ? serve (&o) : run_client (&o);
  allow_free (&o.allow);
  return status;
}
