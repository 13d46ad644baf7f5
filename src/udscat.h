/* udscat.h: what the files of udscat share.
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

/* udscat is three files, along its seams:
   - udscat.c, the program: options, the socket address, connecting,
     listening, serving connections, running COMMAND, and main;
   - udscat-peer.c: the credentials of a peer and the allow lists;
   - udscat-relay.c: relaying one connection (or the datagrams of a
     listening socket) with standard input and output.
   Their state lives in the structures below, not in file-scope
   variables.  */

#ifndef UDSCAT_H
#define UDSCAT_H

#include "ipcutils.h"
#include "copy.h"

/* ------------------------------------------------------------------ */
/* Peers (udscat-peer.c).  */

/* A list of user or group IDs.  */
struct id_list
{
  uintmax_t *ids;
  idx_t count;
};

/* --allow-uid and --allow-gid; with neither, everybody is allowed.  */
struct allow_lists
{
  struct id_list uid, gid;
  bool given;
};

/* Whether this system tells the credentials of a peer: SO_PEERCRED
   (Linux, with the process) or getpeereid (the BSDs, macOS: user and
   group only).  */
#if HAVE_DECL_SO_PEERCRED && HAVE_STRUCT_UCRED
# define PEER_CREDENTIALS true
# define PEER_PID true
#elif HAVE_GETPEEREID
# define PEER_CREDENTIALS true
# define PEER_PID false
#else
# define PEER_CREDENTIALS false
# define PEER_PID false
#endif

/* Whether socket names can be abstract (@NAME, Linux).  */
#if HAVE_ABSTRACT_SOCKETS
# define ABSTRACT_SOCKETS true
#else
# define ABSTRACT_SOCKETS false
#endif

/* Whether packets can carry their sender's credentials (SO_PASSCRED,
   Linux), which tells an empty packet from the end of a seqpacket
   connection (udscat-relay.c, receive_packet).  */
#if HAVE_DECL_SO_PASSCRED && HAVE_DECL_SCM_CREDENTIALS && HAVE_STRUCT_UCRED
# define PASS_CREDENTIALS true
#else
# define PASS_CREDENTIALS false
#endif

/* The credentials of a peer, from SO_PEERCRED or getpeereid.  */
struct peer
{
  bool known;                   /* uid and gid */
  bool pid_known;               /* pid (not from getpeereid) */
  pid_t pid;
  uid_t uid;
  gid_t gid;
};

/* Add the comma-separated list ARG of user (GROUP false) or group
   names and numbers to A.  Diagnose and exit if it is invalid.  */
void allow_parse (struct allow_lists *a, char const *arg, bool group);

/* The credentials of the peer of the connected socket FD.  */
struct peer peer_get (int fd)
#if !PEER_CREDENTIALS
  _GL_ATTRIBUTE_CONST           /* none: it knows nothing */
#endif
  ;

/* Whether the peer P on FD passes the allow lists A: its user is in
   the user list, or its group or one of its supplementary groups is
   in the group list.  */
bool peer_allowed (struct allow_lists const *a, int fd,
                   struct peer const *p);

/* Free what allow_parse allocated.  */
void allow_free (struct allow_lists *a);

/* Report P on standard error, after WHAT.  */
void peer_report (char const *what, struct peer const *p);

/* ------------------------------------------------------------------ */
/* Relays (udscat-relay.c).  */

/* What ended a relay.  */
enum relay_end
{
  RELAY_OK,                     /* both directions ended normally */
  RELAY_FAILED,                 /* an error or a loss was diagnosed */
  RELAY_FATAL                   /* standard output is gone: stop */
};

/* The state of the relays of one udscat: standard input and output
   outlive each connection (--keep-open serves one after another).
   The fields are private to udscat-relay.c.  */
struct relay
{
  char const *sock_name;        /* for diagnostics */
  int sock_type;
  enum record_framing framing;  /* --dgram, --seqpacket: of standard
                                   input and output */
  bool verbose;
  bool lost_reported;           /* the loss of this connection was told */
  bool stdin_eof;               /* standard input is over, for good */
  bool watch_output;            /* standard output is a pipe or a
                                   socket, whose reader may leave: a
                                   relay that waits for the socket
                                   watches it too, and ends as soon as
                                   it has gone, as mqrecv -f does */

  /* Streams: standard input to the socket, one channel for every
     connection, so that what was read and not sent goes to the next
     one.  */
  struct copy_channel input;
  bool input_ready;

  /* Datagrams and packets.  */
  struct record_reader reader;
  struct record_writer writer;
  bool records_ready;
  intmax_t records_read;        /* records read from standard input */
  char *packet;
  idx_t packet_alloc;
  bool passcred;                /* packets carry credentials */
};

void relay_init (struct relay *r, char const *sock_name, int sock_type,
                 enum record_framing framing, bool verbose);
void relay_free (struct relay *r);

/* Relay the connected socket SOCK with standard input and output until
   both directions are over (a datagram socket: until the end of
   input).  */
enum relay_end relay_connection (struct relay *r, int sock);

/* Write the datagrams that arrive on the bound socket SOCK, for
   ever.  */
enum relay_end relay_receive (struct relay *r, int sock);

#endif
