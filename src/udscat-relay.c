/* udscat-relay.c: relaying a Unix socket with standard input and output.
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

/* Two relays, each one poll loop over fixed slots (a slot whose fd is
   -1 is retired, as in OpenBSD nc's readwrite):
   - A stream relay: two channels of the copy engine (copy.h),
     standard input to the socket and the socket to standard output,
     stepped as poll finds them ready.  The engine picks splice,
     sendfile or read and write, and classifies failures; this file
     turns them into diagnostics.  At the end of input the sending side
     is shut down (half-close), and the relay reads on until the peer
     closes.
   - A record relay (--dgram, --seqpacket): each record of standard
     input (record.c's reader) is one datagram or packet, and each one
     received is one record of output, written as soon as it arrives.
   The socket is in non-blocking mode, so that neither direction ever
   waits for the other.  What can be lost is said where it happens:
   input_orphaned, step_output, records_flush.  */

#include <config.h>

#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#if HAVE_SYS_FILIO_H
# include <sys/filio.h>
#endif

#include "system.h"
#include "udscat.h"

/* What some systems lack, and what takes its place (configure.ac,
   "Platforms"):
   - MSG_NOSIGNAL (macOS): nothing, as SIGPIPE is ignored for the whole
     process (interrupt_install), so that a send to a peer that left
     fails with EPIPE either way.
   - SO_PASSCRED and SCM_CREDENTIALS (all but Linux), then POLLRDHUP
     (macOS): see receive_packet.
   - FIONREAD: see input_orphaned.  */
#if HAVE_DECL_MSG_NOSIGNAL
enum { SEND_NOSIGNAL = MSG_NOSIGNAL };
#else
enum { SEND_NOSIGNAL = 0 };
#endif
#if HAVE_DECL_POLLRDHUP
enum { POLL_RDHUP = POLLRDHUP };
#else
enum { POLL_RDHUP = 0 };
#endif

/* The send buffer that a stream relay asks for.  */
enum { SOCKET_BUFSIZE = 1024 * 1024 };

/* The batch of the record writer, and the first size of the packet
   buffer.  */
enum { RECORD_BATCH = 256 * 1024 };

/* Datagrams and packets longer than this are refused before sending;
   the kernel refuses most of them anyway (net.core.wmem_max).  */
enum { RECORD_LIMIT = 64 * 1024 * 1024 };

void
relay_init (struct relay *r, char const *sock_name, int sock_type,
            enum record_framing framing, bool verbose)
{
  *r = (struct relay) { .sock_name = sock_name, .sock_type = sock_type,
                        .framing = framing, .verbose = verbose,
                        .watch_output = output_watchable (STDOUT_FILENO) };
}

void
relay_free (struct relay *r)
{
  if (r->input_ready)
    copy_channel_free (&r->input);
  if (r->records_ready)
    {
      record_reader_free (&r->reader);
      record_writer_free (&r->writer);
      free (r->packet);
    }
  r->input_ready = r->records_ready = false;
}

/* Set up the connected socket SOCK for a relay.  */
static void
relay_start (struct relay *r, int sock)
{
  if (set_nonblocking (sock) != 0)
    error (EXIT_FAILURE, errno, _("cannot set socket %s non-blocking"),
           quoteaf (r->sock_name));
  r->lost_reported = false;
}

/* Whether a relay is to end because the reader of standard output
   left, as poll's REVENTS for it say; if so, say so as a failed write
   to it would, that is quietly.  What the socket holds unread is lost
   with the connection, whose peer learns that nobody reads.  */
static bool
output_left (short revents)
{
  if (! (revents && output_gone (STDOUT_FILENO)))
    return false;
  diagnose_write_error (EPIPE);
  return true;
}

/* Diagnose the loss of the connection, once: a send or a receive
   failed with ERR (EPIPE: the peer is gone or stopped reading;
   ECONNRESET: it closed the connection with data of ours unread).  */
static void
connection_lost (struct relay *r, int err)
{
  if (!r->lost_reported)
    error (0, err, _("connection on %s lost"), quoteaf (r->sock_name));
  r->lost_reported = true;
}

/* The peer has gone for good while standard input was not over, and
   udscat stops reading it.  Input that a peer that went away will
   never get is lost: data that we HOLD already, or that waits in the
   pipe, socket, terminal or file (FIONREAD).  Diagnose that loss and
   return RELAY_FAILED; otherwise return RELAY_OK.  Data that a writer
   has yet to send is not lost: that writer gets EPIPE once we are
   gone.  Without FIONREAD, only the data we hold is known to be lost:
   what waits in the pipe is left there, undiagnosed.  */
static enum relay_end
input_orphaned (struct relay *r, bool hold)
{
  bool waiting = false;
#if HAVE_DECL_FIONREAD
  int avail;
  waiting = ioctl (STDIN_FILENO, FIONREAD, &avail) == 0 && 0 < avail;
#endif
  if (! (hold || waiting))
    return RELAY_OK;
  if (!r->lost_reported)
    error (0, 0, _("the peer on %s went away before all the input"
                   " was sent"), quoteaf (r->sock_name));
  r->lost_reported = true;
  return RELAY_FAILED;
}

/* ------------------------------------------------------------------ */
/* Stream relay.  */

/* Step the channel from standard input to the socket; set *DONE when
   it is over.  */
static enum relay_end
step_input (struct relay *r, bool *done)
{
  switch (copy_step (&r->input))
    {
    case COPY_AGAIN:
      return RELAY_OK;
    case COPY_OK:
      *done = r->stdin_eof = true;
      return RELAY_OK;
    case COPY_INTERRUPTED:
      interrupt_exit ();
    case COPY_READER_GONE:
    case COPY_PEER_RESET:
      *done = true;
      connection_lost (r, errno);
      return RELAY_FAILED;
    case COPY_READ_ERROR:
      error (0, errno, _("error reading standard input"));
      *done = r->stdin_eof = true;
      return RELAY_FAILED;
    default:
      *done = true;
      error (0, errno, _("error writing to %s"), quoteaf (r->sock_name));
      return RELAY_FAILED;
    }
}

/* Step the channel OC from the socket to standard output; set *DONE
   when it is over.  */
static enum relay_end
step_output (struct relay *r, struct copy_channel *oc, bool *done)
{
  enum copy_status s = copy_step (oc);
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
      connection_lost (r, errno);
      return RELAY_FAILED;
    case COPY_READ_ERROR:
      error (0, errno, _("error reading from %s"), quoteaf (r->sock_name));
      return RELAY_FAILED;
    default:
      /* Standard output failed, or has no reader (quietly).  What
         was received and not written is lost: a socket cannot take
         it back.  */
      diagnose_write_error (errno);
      return RELAY_FATAL;
    }
}

/* The poll slots of a stream relay.  */
enum { SLOT_IN, SLOT_OUT, SLOT_HUP, SLOT_STREAM_STDOUT, STREAM_SLOTS };

/* Relay the connected stream socket SOCK.  */
static enum relay_end
relay_stream (struct relay *r, int sock)
{
  /* A larger send buffer lets more data be in flight: fewer wake-ups
     on both sides.  The kernel caps it at net.core.wmem_max.  */
  int sndbuf = SOCKET_BUFSIZE;
  setsockopt (sock, SOL_SOCKET, SO_SNDBUF, &sndbuf, sizeof sndbuf);

  if (r->input_ready)
    copy_channel_retarget (&r->input, sock);
  else
    {
      copy_channel_init (&r->input, STDIN_FILENO, sock, true);
      r->input_ready = true;
    }
  struct copy_channel oc;
  copy_channel_init (&oc, sock, STDOUT_FILENO, true);

  enum relay_end result = RELAY_OK;
  bool in_done = r->stdin_eof && !copy_channel_pending (&r->input);
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
          if (r->verbose && r->stdin_eof)
            error (0, 0, _("end of input: sending side shut down"));
        }
      if (out_done && !in_done && copy_channel_eof (&oc) && output_gone (sock))
        {
          in_done = true;
          if (input_orphaned (r, copy_channel_pending (&r->input))
              == RELAY_FAILED)
            result = RELAY_FAILED;
        }
      if (in_done && out_done)
        break;

      struct pollfd pfd[STREAM_SLOTS];
      for (int i = 0; i < STREAM_SLOTS; i++)
        pfd[i] = (struct pollfd) { .fd = -1 };
      if (!in_done)
        copy_channel_poll (&r->input, &pfd[SLOT_IN]);
      if (!out_done)
        copy_channel_poll (&oc, &pfd[SLOT_OUT]);
      else
        /* Only POLLHUP: the peer went away while input is idle.  */
        pfd[SLOT_HUP] = (struct pollfd) { .fd = sock };
      /* Only POLLERR and POLLHUP, which poll always reports.  */
      if (!out_done && r->watch_output)
        pfd[SLOT_STREAM_STDOUT] = (struct pollfd) { .fd = STDOUT_FILENO };

      if (poll (pfd, STREAM_SLOTS, -1) < 0)
        {
          if (errno == EINTR)
            {
              interrupt_check ();
              continue;
            }
          error (EXIT_FAILURE, errno, _("poll failed"));
        }

      if (output_left (pfd[SLOT_STREAM_STDOUT].revents))
        {
          result = RELAY_FATAL;
          break;
        }
      if (pfd[SLOT_HUP].revents & (POLLHUP | POLLERR))
        {
          if (r->verbose)
            error (0, 0, _("the peer closed the connection"));
          in_done = true;
          if (input_orphaned (r, copy_channel_pending (&r->input))
              == RELAY_FAILED)
            result = RELAY_FAILED;
        }
      if (pfd[SLOT_IN].revents && !in_done
          && step_input (r, &in_done) == RELAY_FAILED)
        result = RELAY_FAILED;
      if (pfd[SLOT_OUT].revents)
        {
          enum relay_end e = step_output (r, &oc, &out_done);
          if (e == RELAY_FATAL)
            {
              result = e;
              break;
            }
          if (e == RELAY_FAILED)
            result = e;
          if (out_done && r->verbose)
            error (0, 0, _("end of data from %s"), quoteaf (r->sock_name));
        }
    }
  copy_channel_free (&oc);
  return result;
}

/* ------------------------------------------------------------------ */
/* Record relay: datagrams and packets.  */

static void
records_init (struct relay *r)
{
  if (r->records_ready)
    return;
  record_reader_init (&r->reader, STDIN_FILENO, r->framing, RECORD_LIMIT);
  record_writer_init (&r->writer, STDOUT_FILENO, -1, RECORD_BATCH);
  record_writer_set_framing (&r->writer, r->framing);
  r->packet_alloc = RECORD_BATCH;
  r->packet = xmalloc (r->packet_alloc);
  r->records_ready = true;
}

/* The state of the input side of a record relay.  */
struct record_input
{
  bool done;
  bool pending;                 /* DATA and LEN await sending */
  char *data;
  idx_t len;
};

/* Diagnose the record of LEN bytes that the socket SOCK refused as too
   long (EMSGSIZE).  */
static void
record_too_long (struct relay *r, int sock, idx_t len)
{
  int sndbuf = 0;
  socklen_t optlen = sizeof sndbuf;
  getsockopt (sock, SOL_SOCKET, SO_SNDBUF, &sndbuf, &optlen);
  /* One number selects each sentence's form.  */
  error (0, 0, (r->sock_type == SOCK_DGRAM
                ? ngettext ("datagram of %jd byte is too long for %s",
                            "datagram of %jd bytes is too long for %s",
                            select_plural (len))
                : ngettext ("packet of %jd byte is too long for %s",
                            "packet of %jd bytes is too long for %s",
                            select_plural (len))),
         (intmax_t) len, quoteaf (r->sock_name));
  error (0, 0, ngettext ("the socket send buffer holds %d byte"
                         " (see net.core.wmem_max)",
                         "the socket send buffer holds %d bytes"
                         " (see net.core.wmem_max)",
                         select_plural (sndbuf)), sndbuf);
}

/* Read and send records while that needs no waiting.  POLLED says
   that standard input was found readable.  */
static enum relay_end
records_send (struct relay *r, int sock, struct record_input *in,
              bool polled)
{
  for (;;)
    {
      interrupt_check ();
      if (!in->pending)
        {
          if (!polled && !record_buffered (&r->reader))
            return RELAY_OK;
          polled = false;
          int got = record_read (&r->reader, &in->data, &in->len);
          if (got < 0)
            {
              if (errno == EINTR)
                continue;
              if (errno == EBADMSG)
                error (0, 0, _("standard input, record %jd: %s"),
                       r->records_read + 1, record_error (&r->reader));
              else
                error (0, errno, _("error reading standard input"));
              in->done = r->stdin_eof = true;
              return RELAY_FAILED;
            }
          if (got == 0)
            {
              in->done = r->stdin_eof = true;
              return RELAY_OK;
            }
          r->records_read++;
          if (!in->data)
            {
              error (0, 0, ngettext ("record of %jd byte is too long to"
                                     " send",
                                     "record of %jd bytes is too long to"
                                     " send", select_plural (in->len)),
                     (intmax_t) in->len);
              error (0, 0, ngettext ("the limit is %d byte",
                                     "the limit is %d bytes",
                                     select_plural (RECORD_LIMIT)),
                     (int) RECORD_LIMIT);
              in->done = true;
              return RELAY_FAILED;
            }
          in->pending = true;
        }

      ssize_t n = send (sock, in->data, in->len,
                        SEND_NOSIGNAL | MSG_DONTWAIT);
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
        record_too_long (r, sock, in->len);
      else if (err == EPIPE || err == ECONNRESET)
        connection_lost (r, err);
      else
        error (0, err, _("cannot send to %s"), quoteaf (r->sock_name));
      return RELAY_FAILED;
    }
}

/* Receive the next datagram or packet on SOCK into R->packet, without
   waiting.  Return its length, or -1 with errno set (EAGAIN when none
   is waiting).  At the end of a seqpacket connection return 0 and set
   *EOF.

   recv returns 0 both for an empty packet and at the end of the
   connection, and poll cannot tell them apart either once the peer
   has shut down its side, with packets still queued.  But with
   SO_PASSCRED the kernel attaches an SCM_CREDENTIALS message to every
   packet, empty or not, and to nothing at the end of the connection:
   that is the difference.  Where SO_PASSCRED is missing (all but
   Linux), an empty packet that comes after the peer shut down its
   side (POLLRDHUP) is taken for the end; without POLLRDHUP either,
   every empty packet is, as a read of 0 bytes ends a stream.  What
   the peer sent after that packet is not read.  */
static ssize_t
receive_packet (struct relay *r, int sock, bool *eof)
{
  ssize_t n = recv (sock, r->packet, r->packet_alloc,
                    MSG_PEEK | MSG_TRUNC | MSG_DONTWAIT);
  if (n < 0)
    return n;
  if (r->packet_alloc < n)
    {
      free (r->packet);
      r->packet_alloc = n;
      r->packet = xmalloc (r->packet_alloc);
    }

  struct iovec iov = { .iov_base = r->packet, .iov_len = r->packet_alloc };
  /* Room for the credentials only: descriptors that a peer passes
     (SCM_RIGHTS) find no room, and the kernel discards them.  */
  union
  {
    struct cmsghdr align;
#if PASS_CREDENTIALS
    char buf[CMSG_SPACE (sizeof (struct ucred))];
#else
    char buf[CMSG_SPACE (sizeof (int))];
#endif
  } control;
  struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1,
                        .msg_control = &control,
                        .msg_controllen = sizeof control };
  n = recvmsg (sock, &msg, MSG_DONTWAIT);
  if (n != 0 || r->sock_type != SOCK_SEQPACKET)
    return n;

#if PASS_CREDENTIALS
  if (r->passcred)
    {
      struct cmsghdr *cm = CMSG_FIRSTHDR (&msg);
      *eof = ! (cm && cm->cmsg_level == SOL_SOCKET
                && cm->cmsg_type == SCM_CREDENTIALS);
      return 0;
    }
#endif
  if (POLL_RDHUP)
    {
      /* Without credentials, guess: an empty packet after the peer
         shut down its side is taken for the end.  */
      struct pollfd p = { .fd = sock, .events = POLLIN | POLL_RDHUP };
      *eof = 0 < poll (&p, 1, 0) && (p.revents & (POLL_RDHUP | POLLHUP));
    }
  else
    *eof = true;
  return 0;
}

/* Write the batch of records to standard output.  Return true on
   success; otherwise diagnose (quietly for EPIPE) and return false.  */
static bool
records_flush (struct relay *r)
{
  idx_t done;
  if (record_writer_flush (&r->writer, &done) == 0)
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
records_receive (struct relay *r, int sock, bool *eof)
{
  enum relay_end result = RELAY_OK;
  for (int round = 0; round < 1024; round++)
    {
      interrupt_check ();
      ssize_t n = receive_packet (r, sock, eof);
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
            connection_lost (r, errno);
          else
            error (0, errno, _("error receiving from %s"),
                   quoteaf (r->sock_name));
          result = RELAY_FAILED;
          break;
        }
      if (*eof)
        break;
      if (!record_writer_fits (&r->writer, n) && !records_flush (r))
        return RELAY_FATAL;
      record_writer_add (&r->writer, r->packet, n);
    }

  /* Every record goes out as soon as it is received.  */
  if (record_writer_count (&r->writer) && !records_flush (r))
    return RELAY_FATAL;
  return result;
}

/* The poll slots of a record relay.  */
enum { SLOT_RECORDS_IN, SLOT_RECORDS_OUT, SLOT_RECORDS_STDOUT, RECORD_SLOTS };

/* Relay the datagram or seqpacket socket SOCK.  With SEND_INPUT, send
   the records of standard input; with a datagram socket, stop at the
   end of input after writing the datagrams already received.  */
static enum relay_end
relay_records (struct relay *r, int sock, bool send_input)
{
  records_init (r);
  /* Tell an empty packet from the end of the connection (see
     receive_packet).  */
#if PASS_CREDENTIALS
  int on = 1;
  r->passcred = (r->sock_type == SOCK_SEQPACKET
                 && setsockopt (sock, SOL_SOCKET, SO_PASSCRED,
                                &on, sizeof on) == 0);
#else
  r->passcred = false;
#endif

  struct record_input in = { .done = !send_input || r->stdin_eof };
  bool out_eof = false;

  bool shut = false;
  enum relay_end result = RELAY_OK;

  for (;;)
    {
      interrupt_check ();
      if (!in.done && records_send (r, sock, &in, false) == RELAY_FAILED)
        result = RELAY_FAILED;
      if (in.done && !shut && send_input)
        {
          shut = true;
          if (r->sock_type == SOCK_SEQPACKET)
            shutdown (sock, SHUT_WR);
          else
            {
              /* No end-of-file exists for datagrams: take what has
                 arrived and stop.  */
              bool ignored = false;
              enum relay_end e = records_receive (r, sock, &ignored);
              return e == RELAY_OK ? result : e;
            }
        }
      if (out_eof && !in.done && output_gone (sock))
        {
          in.done = true;
          if (input_orphaned (r, in.pending || record_unread (&r->reader))
              == RELAY_FAILED)
            result = RELAY_FAILED;
        }
      if (out_eof && in.done)
        break;

      struct pollfd pfd[RECORD_SLOTS];
      pfd[SLOT_RECORDS_IN] = (struct pollfd) { .fd = -1 };
      if (!in.done)
        pfd[SLOT_RECORDS_IN] = (struct pollfd) {
          .fd = in.pending ? sock : STDIN_FILENO,
          .events = in.pending ? POLLOUT : POLLIN };
      /* After the end of data, only POLLHUP: the peer went away.  */
      pfd[SLOT_RECORDS_OUT] = (struct pollfd) {
        .fd = sock, .events = out_eof ? 0 : POLLIN };
      /* Only POLLERR and POLLHUP, which poll always reports: a reader
         that leaves ends the relay at once, not at the next record,
         which would be taken and lost while its sender could have
         learnt that nobody was there.  */
      pfd[SLOT_RECORDS_STDOUT] = (struct pollfd) {
        .fd = r->watch_output && !out_eof ? STDOUT_FILENO : -1 };

      if (poll (pfd, RECORD_SLOTS, -1) < 0)
        {
          if (errno == EINTR)
            {
              interrupt_check ();
              continue;
            }
          error (EXIT_FAILURE, errno, _("poll failed"));
        }

      if (output_left (pfd[SLOT_RECORDS_STDOUT].revents))
        return RELAY_FATAL;
      if (pfd[SLOT_RECORDS_IN].revents
          && records_send (r, sock, &in, !in.pending) == RELAY_FAILED)
        result = RELAY_FAILED;
      short revents = pfd[SLOT_RECORDS_OUT].revents;
      if (!revents)
        continue;
      if (out_eof)
        {
          if (revents & (POLLHUP | POLLERR))
            {
              in.done = true;
              if (input_orphaned (r, (in.pending
                                      || record_unread (&r->reader)))
                  == RELAY_FAILED)
                result = RELAY_FAILED;
            }
          continue;
        }
      enum relay_end e = records_receive (r, sock, &out_eof);
      if (e == RELAY_FATAL)
        return e;
      if (e == RELAY_FAILED)
        result = e;
      if (out_eof && r->verbose)
        error (0, 0, _("end of data from %s"), quoteaf (r->sock_name));
    }
  return result;
}

enum relay_end
relay_connection (struct relay *r, int sock)
{
  relay_start (r, sock);
  return (r->sock_type == SOCK_STREAM ? relay_stream (r, sock)
          : relay_records (r, sock, true));
}

enum relay_end
relay_receive (struct relay *r, int sock)
{
  relay_start (r, sock);
  return relay_records (r, sock, false);
}
