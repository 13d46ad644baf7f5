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

#include <mqueue.h>

#include "ipcutils.h"

struct queue
{
  struct ipc_object *obj;
  bool posix;
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

/* Open (creating it as OBJ says) the queue OBJ for ACCESS, one of
   O_RDONLY, O_WRONLY and O_RDWR; diagnose and exit on failure.  ATTR
   may be null.  */
void queue_open (struct queue *q, struct ipc_object *obj, int access,
                 struct queue_attr const *attr);

/* Make the receive buffer hold messages of up to SIZE bytes.  */
void queue_set_bufsize (struct queue *q, idx_t size);

/* Send the LEN bytes at DATA with TYPE (System V type, or POSIX
   priority).  TIMEOUT null means wait as long as the queue is full;
   a zero TIMEOUT means do not wait.  Return 0, or -1 with errno:
   EAGAIN (full and not waiting), ETIMEDOUT, EINTR (interrupt_signal
   set), EMSGSIZE or another error.  */
int queue_send (struct queue *q, long type, char const *data, idx_t len,
                struct timespec const *timeout);

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
   the queue), EIDRM or another error.  */
ssize_t queue_receive (struct queue *q, struct queue_select const *sel,
                       struct timespec const *timeout,
                       char **data, long *type);

/* The size of the message that queue_receive found too large for the
   buffer, or -1 if it cannot be told.  */
ssize_t queue_oversize (struct queue *q, struct queue_select const *sel);

/* Remove the queue at exit.  */
void queue_remove_at_exit (struct queue *q);

/* The highest POSIX priority plus one.  */
long queue_prio_max (void);

#endif
