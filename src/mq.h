/* mq.h: the message-queue layer shared by mqsend and mqrecv, over
   System V (msgget, msgsnd, msgrcv) and POSIX (mq_open...) queues.
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

#ifndef MQ_H
#define MQ_H

#include <fcntl.h>
#include <mqueue.h>

#include "ipcutils.h"

/* What a program needs of a queue, for queue_open.  The values are
   open's access modes, so that O_WRONLY, O_RDONLY and O_RDWR mean the
   same.  queue_open asks the kernel for exactly this access: a user
   allowed only to send, or only to receive, can do that with -k and
   -p as with -i.  */
enum queue_access
{
  /* Send: write permission.  */
  QUEUE_SEND = O_WRONLY,
  /* Receive: read permission.  */
  QUEUE_RECEIVE = O_RDONLY,
  /* Receive, and put back a message that could not be delivered: read
     permission, and write permission if granted.  Without it the
     queue is opened for receiving only, and Q->access says
     O_RDONLY: the caller cannot put messages back.  */
  QUEUE_RECEIVE_PUT_BACK = O_RDWR
};

struct queue
{
  struct ipc_object *obj;
  bool posix;
  int access;                   /* the access obtained: O_WRONLY,
                                   O_RDONLY or O_RDWR (for -i, what the
                                   permissions grant, as far as they
                                   can be read) */
  bool created;                 /* queue_open created the queue */
  bool remove_unused;           /* see queue_remove_unused */
  bool keeps;                   /* a send must not be lost: see
                                   queue_send */
  int msqid;                    /* System V */
  mqd_t mqd;                    /* POSIX */
  idx_t msgmax;                 /* the largest message the queue takes */
  char const *msgmax_name;      /* where that limit comes from */
  idx_t capacity;               /* System V msg_qbytes, or 0 if unknown */
  char *buf;                    /* mtype followed by the text */
  idx_t bufsize;                /* room for text in BUF */
};

/* POSIX creation attributes; 0 means the system default.  */
struct queue_attr
{
  long max_messages;
  long max_size;
};

/* Open the queue OBJ for ACCESS (an enum queue_access), creating it
   if it is missing and OBJ allows (not --no-create); diagnose and exit
   on failure.  ATTR (POSIX only) may be null.  An existing queue is
   opened first, and created (exclusively) only if missing, and opened
   again if someone else created it meanwhile: Q->created is true only
   if this call made it.  A System V key asks msgget for the
   permission bits of ACCESS only, never IPC_CREAT on an existing
   queue.  */
void queue_open (struct queue *q, struct ipc_object *obj, int access,
                 struct queue_attr const *attr);

/* Whether Q may be written to: for a receiver, whether it can put a
   message back.  */
#define queue_can_put_back(q) ((q)->access == O_RDWR)

/* If queue_open created Q, remove it at exit, or when a signal ends
   the program (interrupt_exit), as long as it stays unused: a command
   refused after the queue was made (a message too large, bad input, a
   signal before any message) leaves no object behind.  The first
   message that queue_send or queue_receive moves through Q makes it
   used, and so does queue_keep, which the caller calls when the
   command succeeds.  Even unused, a queue that holds messages, or
   (System V) that anyone ever sent to, or (POSIX) whose name now
   names another queue, is not removed.  Q must stay valid until
   exit (a static object).  Uses the cleanup registry
   (cleanup.c) but does not depend on its other entries: cleanup_clear
   forgets this removal too, queue_keep forgets only this one.  */
void queue_remove_unused (struct queue *q);
void queue_keep (struct queue *q);

/* Make the receive buffer hold messages of up to SIZE bytes.  */
void queue_set_bufsize (struct queue *q, idx_t size);

/* Send the LEN bytes at DATA with TYPE (System V type, or POSIX
   priority).  TIMEOUT null means wait as long as the queue is full;
   a zero TIMEOUT means do not wait.  Return 0, or -1 with errno:
   EAGAIN (full and not waiting), ETIMEDOUT, EINTR (interrupt_signal
   set), EMSGSIZE, EIDRM (the queue was removed; see below) or another
   error.  A message is sent whole or not at all.

   While it waits on a POSIX queue, the call wakes up every second to
   check that the queue's name still names the queue it holds (the
   kernel has no EIDRM for POSIX queues: an unlinked queue lives on
   for those who hold it, and nobody can reach it to receive); if not,
   it fails with EIDRM.  queue_receive does the same.  A receiver's
   send, which puts a message back (Q open for reading and writing),
   checks that once more after the message went: a message put back
   into a removed POSIX queue is lost with it, and the call fails with
   EIDRM, so that the caller reports it.  So does a send to Q when
   Q->keeps is set (mqrecv's dead letter queue).  */
int queue_send (struct queue *q, long type, char const *data, idx_t len,
                struct timespec const *timeout);

/* Whether Q is a POSIX queue whose name was removed: the queue lives
   on for those who hold it open, and nobody else can reach it.  One
   fstat, so cheap enough after every send: the kernel counts the
   queue's links in its file system, and mq_unlink drops the last.
   False when that cannot be told (on systems other than Linux, where
   an mqd_t need not be a descriptor), and for a System V queue, whose
   removal makes the next msgsnd fail.  A send that succeeded and
   finds its queue unlinked may have gone into the removed queue.  */
bool queue_unlinked (struct queue const *q);

/* How to choose the message to receive (System V only).  */
struct queue_select
{
  long type;                    /* msgrcv's msgtyp */
  bool except;                  /* MSG_EXCEPT */
};

/* Receive a message chosen by SEL into Q's buffer, waiting as for
   queue_send.  Return its length and set *DATA and *TYPE, or return
   -1 with errno: EAGAIN (empty and not waiting), ETIMEDOUT, EINTR,
   E2BIG (the chosen message is larger than the buffer; it stays in
   the queue), EIDRM (the queue was removed, System V or POSIX) or
   another error.  */
ssize_t queue_receive (struct queue *q, struct queue_select const *sel,
                       struct timespec const *timeout,
                       char **data, long *type);

/* The size of the message that queue_receive found too large for the
   buffer, or -1 if it cannot be told.  */
ssize_t queue_oversize (struct queue *q, struct queue_select const *sel);

/* Remove the queue at exit (mqrecv --remove).  */
void queue_remove_at_exit (struct queue *q);

/* The highest POSIX priority plus one.  */
long queue_prio_max (void);

#endif
