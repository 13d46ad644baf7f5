/* mq.c: the message-queue layer shared by mqsend and mqrecv.
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
#include <sys/ipc.h>
#include <sys/msg.h>

/* musl's <sys/msg.h> lacks MSG_COPY (Linux 3.8), which glibc defines;
   its value is the same on every Linux architecture.  A kernel without
   it (no CONFIG_CHECKPOINT_RESTORE) fails msgrcv with ENOSYS, which
   queue_oversize handles.  */
#if !defined MSG_COPY && defined __linux__
# define MSG_COPY 040000
#endif

#include "mq.h"

#include "minmax.h"

/* Read a number from the file NAME under /proc, or return DEFAULT.  */
static long
proc_number (char const *name, long dflt)
{
  FILE *f = fopen (name, "r");
  long value;
  if (!f)
    return dflt;
  if (fscanf (f, "%ld", &value) != 1)
    value = dflt;
  fclose (f);
  return value;
}

long
queue_prio_max (void)
{
  long max = sysconf (_SC_MQ_PRIO_MAX);
  return max < 1 ? 32 : max;
}

static void
sysv_open (struct queue *q, struct ipc_object *obj)
{
  struct msqid_ds ds;

  if (obj->kind == OBJ_ID)
    {
      q->msqid = obj->id;
      if (msgctl (q->msqid, IPC_STAT, &ds) != 0)
        {
          if (errno == EINVAL || errno == EIDRM)
            error (EXIT_FAILURE, 0, _("no message queue with id %d"),
                   obj->id);
          if (errno != EACCES)
            error (EXIT_FAILURE, errno, _("cannot use message queue %s"),
                   object_describe (obj));
          ds.msg_qbytes = 0;
        }
    }
  else
    {
      q->msqid = msgget (obj->key, object_sysv_flags (obj));
      if (q->msqid < 0)
        {
          if (errno == ENOENT)
            error (EXIT_FAILURE, 0, _("no message queue with %s"),
                   object_describe (obj));
          if (errno == EEXIST)
            error (EXIT_FAILURE, 0,
                   _("a message queue with %s exists already"),
                   object_describe (obj));
          if (errno == ENOSPC)
            error (EXIT_FAILURE, 0,
                   _("cannot create message queue %s: the system limit"
                     " of %ld queues (kernel.msgmni) is reached"),
                   object_describe (obj),
                   proc_number ("/proc/sys/kernel/msgmni", 32000));
          error (EXIT_FAILURE, errno, _("cannot open message queue %s"),
                 object_describe (obj));
        }
      if (msgctl (q->msqid, IPC_STAT, &ds) != 0)
        ds.msg_qbytes = 0;
    }

  q->capacity = ds.msg_qbytes;
  q->msgmax = proc_number ("/proc/sys/kernel/msgmax", 8192);
  q->msgmax_name = "kernel.msgmax";
}

/* Diagnose a refusal of the POSIX queue attributes ATTR.  */
static _Noreturn void
posix_attr_error (struct ipc_object *obj, struct queue_attr const *attr,
                  int err)
{
  static char const msg_max[] = "/proc/sys/fs/mqueue/msg_max";
  static char const msgsize_max[] = "/proc/sys/fs/mqueue/msgsize_max";
  long limit;

  if (attr->max_messages
      && (limit = proc_number (msg_max, -1)) >= 0
      && limit < attr->max_messages)
    error (EXIT_FAILURE, 0,
           _("cannot create message queue %s: --max-messages=%ld exceeds"
             " the limit of %ld in %s"),
           object_describe (obj), attr->max_messages, limit, msg_max);
  if (attr->max_size
      && (limit = proc_number (msgsize_max, -1)) >= 0
      && limit < attr->max_size)
    error (EXIT_FAILURE, 0,
           _("cannot create message queue %s: --max-size=%ld exceeds"
             " the limit of %ld in %s"),
           object_describe (obj), attr->max_size, limit, msgsize_max);
  error (EXIT_FAILURE, err, _("cannot create message queue %s"),
         object_describe (obj));
  abort ();
}

static void
posix_open (struct queue *q, struct ipc_object *obj, int access,
            struct queue_attr const *attr)
{
  int oflag = access | object_open_flags (obj) | O_CLOEXEC;
  struct mq_attr ma, *map = NULL;

  if (attr && (attr->max_messages || attr->max_size))
    {
      memset (&ma, 0, sizeof ma);
      ma.mq_maxmsg = (attr->max_messages ? attr->max_messages
                      : proc_number ("/proc/sys/fs/mqueue/msg_default", 10));
      ma.mq_msgsize = (attr->max_size ? attr->max_size
                       : proc_number ("/proc/sys/fs/mqueue/msgsize_default",
                                      8192));
      map = &ma;
    }

  mode_t saved = object_umask_begin (obj);
  q->mqd = mq_open (obj->name, oflag, object_mode (obj), map);
  int err = errno;
  object_umask_end (saved);

  if (q->mqd == (mqd_t) -1)
    {
      if (err == EACCES && access == O_RDWR)
        {
          /* Receive-only access: we cannot put messages back then.  */
          posix_open (q, obj, O_RDONLY, attr);
          return;
        }
      if (err == ENOENT)
        error (EXIT_FAILURE, 0, _("no message queue named %s"),
               object_describe (obj));
      else if (err == EEXIST)
        error (EXIT_FAILURE, 0, _("message queue %s exists already"),
               object_describe (obj));
      else if (err == EINVAL && map)
        posix_attr_error (obj, attr, err);
      else if (err == EMFILE)
        error (EXIT_FAILURE, err,
               _("cannot create message queue %s: the per-user limit of"
                 " queue memory (RLIMIT_MSGQUEUE, ulimit -q) is reached"),
               object_describe (obj));
      else if (err == ENOSPC)
        error (EXIT_FAILURE, 0,
               _("cannot create message queue %s: the system limit of"
                 " %ld queues (/proc/sys/fs/mqueue/queues_max) is"
                 " reached"), object_describe (obj),
               proc_number ("/proc/sys/fs/mqueue/queues_max", 256));
      else if (err == ENOSYS)
        error (EXIT_FAILURE, err,
               _("POSIX message queues are not supported here"));
      error (EXIT_FAILURE, err, _("cannot open message queue %s"),
             object_describe (obj));
    }

  if (mq_getattr (q->mqd, &ma) != 0)
    error (EXIT_FAILURE, errno, _("cannot get the attributes of %s"),
           object_describe (obj));
  q->msgmax = ma.mq_msgsize;
  q->msgmax_name = "mq_msgsize";
  q->capacity = 0;
}

void
queue_open (struct queue *q, struct ipc_object *obj, int access,
            struct queue_attr const *attr)
{
  memset (q, 0, sizeof *q);
  q->obj = obj;
  q->posix = obj->kind == OBJ_POSIX;
  if (q->posix)
    posix_open (q, obj, access, attr);
  else
    sysv_open (q, obj);
  queue_set_bufsize (q, q->msgmax);
}

void
queue_set_bufsize (struct queue *q, idx_t size)
{
  free (q->buf);
  q->bufsize = size;
  q->buf = ximalloc (sizeof (long) + size + 1);
}

/* Run CALL, which returns -1 with errno EINTR when a signal interrupts
   it, under TIMEOUT: null waits forever, zero does not wait (the
   caller passes its non-blocking flag), otherwise SIGALRM interrupts
   the call when the time is up.  */
#define WITH_TIMEOUT(result, timeout, call)                             \
  do                                                                    \
    {                                                                   \
      bool armed_ = (timeout) && ((timeout)->tv_sec || (timeout)->tv_nsec); \
      if (armed_)                                                       \
        timeout_arm (*(timeout));                                       \
      for (;;)                                                          \
        {                                                               \
          (result) = (call);                                            \
          if (0 <= (result) || errno != EINTR || interrupt_signal)      \
            break;                                                      \
          if (armed_ && timeout_expired)                                \
            {                                                           \
              errno = ETIMEDOUT;                                        \
              break;                                                    \
            }                                                           \
        }                                                               \
      if (armed_)                                                       \
        {                                                               \
          int e_ = errno;                                               \
          timeout_disarm ();                                            \
          errno = e_;                                                   \
        }                                                               \
    }                                                                   \
  while (0)

static bool
is_zero (struct timespec const *t)
{
  return t && t->tv_sec == 0 && t->tv_nsec == 0;
}

int
queue_send (struct queue *q, long type, char const *data, idx_t len,
            struct timespec const *timeout)
{
  if (q->msgmax < len)
    {
      errno = EMSGSIZE;
      return -1;
    }

  if (q->posix)
    {
      int r;
      if (timeout)
        {
          struct timespec deadline = deadline_after (*timeout);
          for (;;)
            {
              r = mq_timedsend (q->mqd, data, len, type, &deadline);
              if (0 <= r || errno != EINTR || interrupt_signal)
                break;
            }
          if (r < 0 && errno == ETIMEDOUT && is_zero (timeout))
            errno = EAGAIN;
        }
      else
        {
          for (;;)
            {
              r = mq_send (q->mqd, data, len, type);
              if (0 <= r || errno != EINTR || interrupt_signal)
                break;
            }
        }
      return r;
    }

  /* msgsnd wants the type just before the text.  */
  if (q->bufsize < len)
    queue_set_bufsize (q, len);
  memcpy (q->buf, &type, sizeof type);
  memcpy (q->buf + sizeof type, data, len);
  int flags = is_zero (timeout) ? IPC_NOWAIT : 0;
  int r;
  WITH_TIMEOUT (r, timeout, msgsnd (q->msqid, q->buf, len, flags));
  return r;
}

ssize_t
queue_receive (struct queue *q, struct queue_select const *sel,
               struct timespec const *timeout, char **data, long *type)
{
  ssize_t n;

  if (q->posix)
    {
      unsigned int prio;
      for (;;)
        {
          if (timeout)
            {
              struct timespec deadline = deadline_after (*timeout);
              n = mq_timedreceive (q->mqd, q->buf, q->bufsize, &prio,
                                   &deadline);
            }
          else
            n = mq_receive (q->mqd, q->buf, q->bufsize, &prio);
          if (0 <= n || errno != EINTR || interrupt_signal)
            break;
        }
      if (n < 0)
        {
          if (errno == ETIMEDOUT && is_zero (timeout))
            errno = EAGAIN;
          if (errno == EMSGSIZE)
            errno = E2BIG;
          return -1;
        }
      *data = q->buf;
      *type = prio;
      return n;
    }

  int flags = ((is_zero (timeout) ? IPC_NOWAIT : 0)
               | (sel->except ? MSG_EXCEPT : 0));
  WITH_TIMEOUT (n, timeout,
                msgrcv (q->msqid, q->buf, q->bufsize, sel->type, flags));
  if (n < 0)
    {
      if (errno == ENOMSG)
        errno = EAGAIN;
      return -1;
    }
  memcpy (type, q->buf, sizeof *type);
  *data = q->buf + sizeof (long);
  return n;
}

/* Whether a message of type T is one SEL chooses, ignoring order.  */
static bool
selected (struct queue_select const *sel, long t)
{
  if (sel->except)
    return t != sel->type;
  if (sel->type > 0)
    return t == sel->type;
  if (sel->type < 0)
    return t <= -sel->type;
  return true;
}

ssize_t
queue_oversize (struct queue *q, struct queue_select const *sel)
{
#ifdef MSG_COPY
  /* Look at the messages without removing them: MSG_COPY takes the
     message's position instead of a type.  */
  struct msqid_ds ds;
  if (q->posix || msgctl (q->msqid, IPC_STAT, &ds) != 0)
    return -1;
  idx_t size = MAX (q->msgmax, 4 * q->bufsize);
  size = MAX (size, 1 << 20);
  char *buf = malloc (sizeof (long) + size);
  if (!buf)
    return -1;
  ssize_t found = -1;
  long best_type = LONG_MAX;
  for (msgqnum_t i = 0; i < ds.msg_qnum; i++)
    {
      ssize_t n = msgrcv (q->msqid, buf, size, i, MSG_COPY | IPC_NOWAIT);
      if (n < 0)
        break;
      long t;
      memcpy (&t, buf, sizeof t);
      if (n <= q->bufsize || !selected (sel, t))
        continue;
      /* A negative type takes the lowest type first.  */
      if (sel->type < 0 && !sel->except)
        {
          if (t < best_type)
            best_type = t, found = n;
          continue;
        }
      found = n;
      break;
    }
  free (buf);
  return found;
#else
  return -1;
#endif
}

void
queue_remove_at_exit (struct queue *q)
{
  if (q->posix)
    cleanup_add_posix_mq (q->obj->name);
  else
    cleanup_add_sysv_msg (q->msqid);
}
