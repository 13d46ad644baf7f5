/* copy.h: the copy engine: moving bytes from one descriptor to another.
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

/* Every stream tool moves its bytes here: fifocat (copy_fd), udscat
   (copy_step, both directions of a connection), shmcat and mmapcat
   (copy_mapping).  One place chooses the mechanism, classifies the
   errors, enlarges pipes and follows the interrupt policy of
   ipcutils.h, so that the tools cannot disagree on any of them.  */

#ifndef COPY_H
#define COPY_H

#include "system.h"

/* How a copy, or one step of it, ended.  errno is set for every status
   but COPY_OK and COPY_AGAIN.  */
enum copy_status
{
  COPY_OK,            /* end of input reached and everything written */
  COPY_AGAIN,         /* copy_step only: nothing more moves without
                         waiting; see copy_channel_poll */
  COPY_READER_GONE,   /* the output has no reader any more (EPIPE) */
  COPY_PEER_RESET,    /* a socket's peer closed the connection with
                         data unread (ECONNRESET), on either side */
  COPY_READ_ERROR,    /* reading the input failed */
  COPY_WRITE_ERROR,   /* writing the output failed */
  COPY_INTERRUPTED,   /* SIGINT, SIGTERM or SIGHUP arrived
                         (interrupt_signal is set; errno is EINTR) */
  COPY_UNSUPPORTED    /* copy_region only: this pair cannot be spliced;
                         the caller copies the rest another way */
};

/* The buffer of the read/write mechanism, and the most that one
   splice or sendfile call asks for (a splice moves at most what the
   pipe holds).  */
enum { COPY_BUFSIZE = 1024 * 1024, COPY_SPLICE_MAX = 16 * 1024 * 1024 };

/* The pipe capacity that the engine asks pipe_enlarge for: large
   enough for splice to move a lot at a time, small enough to stay
   well under the per-user limit (/proc/sys/fs/pipe-user-pages-soft).
   Measured about twice as fast as the default 64 KiB for 2 GiB.  */
enum { COPY_PIPE_SIZE = 1024 * 1024 };

/* One direction of a copy, from the descriptor IN to the descriptor
   OUT.  The fields are private to copy.c: callers use the functions
   below.  */
struct copy_channel
{
  int in, out;
  int how;                      /* the mechanism (copy.c) */
  bool nonblocking;             /* copy_step never blocks */
  bool in_blocking;             /* IN is in blocking mode */
  bool eof;                     /* IN is at its end */
  bool fresh;                   /* BUF holds data not yet offered to OUT */
  char *buf;                    /* read/write only */
  idx_t start, end;             /* the data in BUF not yet written */
  int wait_fd;                  /* after COPY_AGAIN: what to poll */
  short wait_events;
  intmax_t copied;              /* bytes written to OUT */
};

/* Get ready to copy from IN to OUT with the cheapest mechanism the
   pair allows:
   - splice(2) when either is a pipe or a FIFO (the other may be a
     pipe, a socket or a regular file): the data never enters user
     space;
   - sendfile(2) from a regular file to anything else (a socket, a
     file): the page cache is read by the kernel;
   - otherwise, or when the kernel refuses the above for this pair (a
     terminal, a file opened with O_APPEND...), read and write with a
     buffer of COPY_BUFSIZE bytes.
   A pipe on either side is first enlarged to COPY_PIPE_SIZE.

   With NONBLOCKING, copy_step never blocks, provided that the caller
   calls it only after poll found the descriptor of copy_channel_poll
   ready (a relay of several channels, whose socket is in non-blocking
   mode; IN may be in blocking mode, it is then read once per step).
   Without, copy_step blocks as the descriptors do.  */
void copy_channel_init (struct copy_channel *c, int in, int out,
                        bool nonblocking);
void copy_channel_free (struct copy_channel *c);

/* Send the rest of C's input to OUT instead, with the mechanism that
   suits it; data read and not yet written goes first (a server that
   relays its standard input to one client after another).  */
void copy_channel_retarget (struct copy_channel *c, int out);

/* Move what can be moved from C's input to its output, a bounded
   amount, so that a relay serves its other channels too.

   Return COPY_OK at the end of the input, once everything read was
   written; COPY_AGAIN when the caller should wait with poll for what
   copy_channel_poll says (that may be ready at once, after a step
   that used up its share) and call again; otherwise how the copy
   failed, with errno set.  Short writes are completed.  A descriptor
   in non-blocking mode gives COPY_AGAIN, never an error.

   The interrupt policy of ipcutils.h: interrupt_signal is tested once
   per pass, not only after EINTR, so that a copy whose calls never
   block still stops at once; a call interrupted by another signal
   (SIGALRM, SIGCHLD, a stop and continue) is retried.  Data read is
   written once even if a signal arrived meanwhile (a write that does
   not block loses nothing; one that blocks returns EINTR within 10 ms
   of the signal); after a partial write, no more.  What was read and
   not written, when a signal or an error stops the copy, is
   copy_channel_pending: at most COPY_BUFSIZE bytes, and only with
   read and write; splice and sendfile leave in the input whatever
   they did not move.  */
enum copy_status copy_step (struct copy_channel *c);

/* After COPY_AGAIN: the descriptor and events to poll for.  */
struct pollfd;
void copy_channel_poll (struct copy_channel const *c, struct pollfd *p);

/* Whether C's input reached its end, the bytes written to C's output,
   and the bytes read from the input but not written (which the caller
   reports as lost when it gives up on the channel).  */
bool copy_channel_eof (struct copy_channel const *c) _GL_ATTRIBUTE_PURE;
intmax_t copy_channel_copied (struct copy_channel const *c)
  _GL_ATTRIBUTE_PURE;
idx_t copy_channel_pending (struct copy_channel const *c) _GL_ATTRIBUTE_PURE;

/* Copy from IN to OUT until the end of IN: copy_step and a wait with
   poll, until done.  Return COPY_OK on success, or how it failed,
   with errno set.  If COPIED is not null, store there the number of
   bytes written to OUT, also on failure; if UNWRITTEN is not null,
   the number of bytes read from IN but not written to OUT (0 on
   success).  The caller turns the status into its diagnostic, e.g.:

     switch (copy_fd (in, out, NULL, NULL))
       {
       case COPY_OK: break;
       case COPY_READ_ERROR:
         error (EXIT_FAILURE, errno, _("error reading %s"),
                quoteaf (in_name));
       case COPY_INTERRUPTED:
         interrupt_exit ();
       default:
         error (EXIT_FAILURE, errno, _("error writing %s"),
                quoteaf (out_name));
       }  */
enum copy_status copy_fd (int in, int out, intmax_t *copied,
                          idx_t *unwritten);

/* Write the SIZE bytes at BUF, which lie in a shared mapping of a file
   or segment, to OUT: with vmsplice(2) when OUT is a pipe, otherwise
   with large writes.  Wait with poll while a non-blocking OUT is
   full.  Store in *WRITTEN the bytes written (all of them on
   success).  Return COPY_OK; COPY_INTERRUPTED (tested before every
   call: what was written is a prefix of BUF); COPY_READ_ERROR with
   errno EFAULT when pages of the mapping vanished (the object
   shrank); COPY_READER_GONE or COPY_WRITE_ERROR.

   vmsplice puts references to the mapping's pages in the pipe, not a
   copy: see the comment at copy_mapping in copy.c for what the reader
   then sees, and why only such mappings may be given.  */
enum copy_status copy_mapping (int out, char const *buf, idx_t size,
                               idx_t *written);

/* Write the SIZE bytes at OFFSET of IN, a regular file or a block
   device (also a POSIX shared memory object), to OUT with splice(2),
   when OUT is a pipe: the pipe gets references to the page cache's
   pages, as copy_mapping's vmsplice gives it references to a
   mapping's, with the same lifetime and "what the reader sees" (see
   copy_mapping in copy.c), but without mapping anything: no page
   faults, no page tables.  IN's file offset is left alone.  Wait with
   poll while a non-blocking OUT is full.  Store in *WRITTEN the bytes
   written.  Return COPY_OK; COPY_UNSUPPORTED (errno unspecified) when
   splice cannot serve this pair (OUT is not a pipe, the system or file
   system lacks it), so that the caller copies the bytes from OFFSET +
   *WRITTEN another way (copy_mapping); COPY_READ_ERROR when IN ended
   before (errno 0: the file shrank) or failed; COPY_INTERRUPTED
   (tested before every call); COPY_READER_GONE or COPY_WRITE_ERROR.  */
enum copy_status copy_region (int in, intmax_t offset, intmax_t size,
                              int out, intmax_t *written);

/* Whether the error ERR means "try again later": EAGAIN, or
   EWOULDBLOCK where that differs.  */
bool would_block (int err) _GL_ATTRIBUTE_CONST;

/* Whether FD is a pipe or a FIFO.  */
bool is_pipe (int fd);

/* If FD is a pipe or FIFO whose capacity is below SIZE bytes, try to
   raise it to SIZE with F_SETPIPE_SZ, backing off (halving) to the
   largest size the system allows below it (/proc/sys/fs/pipe-max-size
   for an unprivileged process, the user's share of
   pipe-user-pages-hard).  The capacity is shared by every process
   using the pipe; it is never lowered.  Return the capacity of the
   pipe afterwards, or -1 if FD is not a pipe or the capacity cannot
   be known.  A failure is not an error: the pipe just stays as it
   was.  The only place in the suite that enlarges a pipe.  */
int pipe_enlarge (int fd, int size);

#endif
