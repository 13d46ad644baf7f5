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
#include <sys/stat.h>

/* musl's <sys/msg.h> lacks MSG_COPY (Linux 3.8), which glibc defines;
   its value is the same on every Linux architecture.  A kernel without
   it (no CONFIG_CHECKPOINT_RESTORE) fails msgrcv with ENOSYS, which
   queue_oversize handles.  */
#if !defined MSG_COPY && defined __linux__
# define MSG_COPY 040000
#endif

#include "mq.h"

#include "minmax.h"
#include "timespec.h"

/* The number in the /proc file PATH, as a long (all of these limits
   fit), or FALLBACK: see proc_limit.  */
static long
proc_long (char const *path, long fallback)
{
  return MIN (proc_limit (path, fallback), LONG_MAX);
}

long
queue_prio_max (void)
{
  long max = sysconf (_SC_MQ_PRIO_MAX);
  return max < 1 ? 32 : max;
}

/* The permission bits that msgget checks on an existing queue when a
   process needs ACCESS: msgget compares the bits of its flags with
   those the queue grants the caller (owner, group or others).  */
static int
sysv_perm_bits (int access)
{
  switch (access)
    {
    case O_WRONLY: return S_IWUSR;
    case O_RDONLY: return S_IRUSR;
    default: return S_IRUSR | S_IWUSR;
    }
}

/* Whether the kernel grants this process PERM (S_IRUSR or S_IWUSR) on
   the System V object with permissions P, by the rule of ipcperms:
   the owner's or creator's bits, else the group's (owner's or
   creator's group, the effective or a supplementary group), else the
   others'.  A privileged process (CAP_IPC_OWNER; we can only tell
   root) is granted everything.  */
static bool
sysv_permitted (struct ipc_perm const *p, mode_t perm)
{
  uid_t euid = geteuid ();
  if (euid == 0)
    return true;
  mode_t granted = p->mode;
  if (euid == p->uid || euid == p->cuid)
    return granted & perm;
  bool member = getegid () == p->gid || getegid () == p->cgid;
  if (!member)
    {
      int n = getgroups (0, NULL);
      if (0 < n)
        {
          gid_t *groups = xinmalloc (n, sizeof *groups);
          n = getgroups (n, groups);
          for (int i = 0; i < n && !member; i++)
            member = groups[i] == p->gid || groups[i] == p->cgid;
          free (groups);
        }
    }
  return granted & (member ? perm >> 3 : perm >> 6);
}

/* Diagnose a failed msgget of OBJ for ACCESS, with ERR its errno.  */
static _Noreturn void
sysv_open_error (struct ipc_object const *obj, int access, int err)
{
  if (err == ENOENT)
    error (EXIT_FAILURE, 0, _("no message queue with %s"),
           object_describe (obj));
  if (err == EEXIST)
    error (EXIT_FAILURE, 0, _("a message queue with %s exists already"),
           object_describe (obj));
  if (err == ENOSPC)
    {
      long msgmni = proc_long (_PATH_PROC_IPC_MSGMNI, 32000);
      error (EXIT_FAILURE, 0,
             ngettext ("cannot create message queue %s: the system limit"
                       " of %ld queue (kernel.msgmni) is reached",
                       "cannot create message queue %s: the system limit"
                       " of %ld queues (kernel.msgmni) is reached",
                       select_plural (msgmni)),
             object_describe (obj), msgmni);
    }
  if (access == O_WRONLY)
    error (EXIT_FAILURE, err, _("cannot open message queue %s for sending"),
           object_describe (obj));
  error (EXIT_FAILURE, err, _("cannot open message queue %s for receiving"),
         object_describe (obj));
  abort ();
}

static void
sysv_open (struct queue *q, struct ipc_object *obj, int access)
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
      else if (access == O_RDWR && !sysv_permitted (&ds.msg_perm, S_IWUSR))
        access = O_RDONLY;
    }
  else
    {
      /* Open an existing queue asking only for the access needed
         (msgget checks the permission bits of its flags against the
         queue's, even with IPC_CREAT); create a missing one
         exclusively, so that Q->created is true only for a queue we
         made; if someone made it meanwhile, open that one.  */
      int mode = object_mode (obj);
      for (;;)
        {
          if (!obj->exclusive)
            {
              q->msqid = msgget (obj->key, sysv_perm_bits (access));
              if (0 <= q->msqid)
                break;
              if (errno == EACCES && access == O_RDWR)
                {
                  /* Receive-only access: we cannot put messages back.  */
                  access = O_RDONLY;
                  continue;
                }
              if (errno != ENOENT || !obj->create)
                sysv_open_error (obj, access, errno);
            }
          q->msqid = msgget (obj->key, IPC_CREAT | IPC_EXCL | mode);
          if (0 <= q->msqid)
            {
              q->created = true;
              break;
            }
          if (errno != EEXIST || obj->exclusive)
            sysv_open_error (obj, access, errno);
        }
      if (msgctl (q->msqid, IPC_STAT, &ds) != 0)
        ds.msg_qbytes = 0;
    }

  q->access = access;
  q->capacity = ds.msg_qbytes;
  q->msgmax = proc_limit (_PATH_PROC_IPC_MSGMAX, 8192);
  q->msgmax_name = "kernel.msgmax";
}

/* Diagnose a refusal of the POSIX queue attributes ATTR.  */
static _Noreturn void
posix_attr_error (struct ipc_object *obj, struct queue_attr const *attr,
                  int err)
{
  static char const msg_max[] = _PATH_PROC_POSIX_IPC_MSG_MAX;
  static char const msgsize_max[] = _PATH_PROC_POSIX_IPC_MSGSIZE_MAX;
  long limit;

  if (attr->max_messages
      && (limit = proc_long (msg_max, -1)) >= 0
      && limit < attr->max_messages)
    error (EXIT_FAILURE, 0,
           _("cannot create message queue %s: --max-messages=%ld exceeds"
             " the limit of %ld in %s"),
           object_describe (obj), attr->max_messages, limit, msg_max);
  if (attr->max_size
      && (limit = proc_long (msgsize_max, -1)) >= 0
      && limit < attr->max_size)
    error (EXIT_FAILURE, 0,
           _("cannot create message queue %s: --max-size=%ld exceeds"
             " the limit of %ld in %s"),
           object_describe (obj), attr->max_size, limit, msgsize_max);
  error (EXIT_FAILURE, err, _("cannot create message queue %s"),
         object_describe (obj));
  abort ();
}

/* Diagnose a failed mq_open of OBJ for ACCESS, with ERR its errno;
   ATTR, if not null, was asked for a queue to create.  */
static _Noreturn void
posix_open_error (struct ipc_object *obj, int access,
                  struct queue_attr const *attr, int err)
{
  if (err == ENOENT)
    error (EXIT_FAILURE, 0, _("no message queue named %s"),
           object_describe (obj));
  if (err == EEXIST)
    error (EXIT_FAILURE, 0, _("message queue %s exists already"),
           object_describe (obj));
  if (err == EINVAL && attr)
    posix_attr_error (obj, attr, err);
  if (err == EMFILE)
    error (EXIT_FAILURE, err,
           _("cannot create message queue %s: the per-user limit of"
             " queue memory (RLIMIT_MSGQUEUE, ulimit -q) is reached"),
           object_describe (obj));
  if (err == ENOSPC)
    {
      long queues_max = proc_long (_PATH_PROC_POSIX_IPC_QUEUES_MAX, 256);
      error (EXIT_FAILURE, 0,
             ngettext ("cannot create message queue %s: the system limit of"
                       " %ld queue (/proc/sys/fs/mqueue/queues_max) is"
                       " reached",
                       "cannot create message queue %s: the system limit of"
                       " %ld queues (/proc/sys/fs/mqueue/queues_max) is"
                       " reached", select_plural (queues_max)),
             object_describe (obj), queues_max);
    }
  if (err == ENOSYS)
    error (EXIT_FAILURE, err,
           _("POSIX message queues are not supported here"));
  if (access == O_WRONLY)
    error (EXIT_FAILURE, err, _("cannot open message queue %s for sending"),
           object_describe (obj));
  error (EXIT_FAILURE, err, _("cannot open message queue %s for receiving"),
         object_describe (obj));
  abort ();
}

static void
posix_open (struct queue *q, struct ipc_object *obj, int access,
            struct queue_attr const *attr)
{
  struct mq_attr ma, *map = NULL;

  if (attr && (attr->max_messages || attr->max_size))
    {
      memset (&ma, 0, sizeof ma);
      ma.mq_maxmsg = (attr->max_messages ? attr->max_messages
                      : proc_long (_PATH_PROC_POSIX_IPC_MSG_DEFAULT, 10));
      ma.mq_msgsize = (attr->max_size ? attr->max_size
                       : proc_long (_PATH_PROC_POSIX_IPC_MSGSIZE_DEFAULT,
                                    8192));
      map = &ma;
    }

  /* As for System V: open an existing queue, create a missing one
     exclusively, open again if someone made it meanwhile.  */
  for (;;)
    {
      if (!obj->exclusive)
        {
          q->mqd = mq_open (obj->name, access | O_CLOEXEC);
          if (q->mqd != (mqd_t) -1)
            break;
          if (errno == EACCES && access == O_RDWR)
            {
              /* Receive-only access: we cannot put messages back.  */
              access = O_RDONLY;
              continue;
            }
          if (errno != ENOENT || !obj->create)
            posix_open_error (obj, access, NULL, errno);
        }
      mode_t saved = object_umask_begin (obj);
      q->mqd = mq_open (obj->name, access | O_CREAT | O_EXCL | O_CLOEXEC,
                        object_mode (obj), map);
      int err = errno;
      object_umask_end (saved);
      if (q->mqd != (mqd_t) -1)
        {
          q->created = true;
          break;
        }
      if (err != EEXIST || obj->exclusive)
        posix_open_error (obj, access, map ? attr : NULL, err);
    }

  if (mq_getattr (q->mqd, &ma) != 0)
    error (EXIT_FAILURE, errno, _("cannot get the attributes of %s"),
           object_describe (obj));
  q->access = access;
  q->msgmax = ma.mq_msgsize;
  q->msgmax_name = "mq_msgsize";
  q->capacity = 0;
}

/* Whether the name of the POSIX queue Q still names the queue that Q
   holds open.  False only when it surely does not: the queue was
   removed (and maybe another made under its name).  True when it
   does, or when that cannot be told.  Only system calls here: this
   also runs at exit from a signal (see remove_unused_posix).  */
static bool
posix_still_named (struct queue const *q)
{
#ifdef __linux__
  /* On Linux an mqd_t is a file descriptor, and fstat gives the
     queue's inode in the mqueue file system.  */
  struct stat held, named;
  if (fstat (q->mqd, &held) != 0)
    return true;
  mqd_t m = mq_open (q->obj->name, q->access | O_CLOEXEC);
  if (m == (mqd_t) -1)
    return errno != ENOENT;
  bool same = (fstat (m, &named) != 0
               || (held.st_dev == named.st_dev
                   && held.st_ino == named.st_ino));
  mq_close (m);
  return same;
#else
  /* Elsewhere an mqd_t need not be a descriptor: cannot be told.  */
  (void) q;
  return true;
#endif
}

bool
queue_unlinked (struct queue const *q)
{
#ifdef __linux__
  struct stat st;
  return q->posix && fstat (q->mqd, &st) == 0 && st.st_nlink == 0;
#else
  (void) q;
  return false;
#endif
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
    sysv_open (q, obj, access);
  queue_set_bufsize (q, q->msgmax);
}

/* The queue that queue_remove_unused is to remove, for the removal
   functions below, which the cleanup registry calls with a name only.
   A program has one queue.  Once the queue is used (or kept), its
   remove_unused is false and they do nothing.  */
static struct queue const *unused_queue;

/* Remove the System V queue UNUSED_QUEUE if it is still unused: we
   moved no message through it, nobody ever sent to it, and it is
   empty.  NAME is only a description.  Only system calls here: this
   runs at exit, and from interrupt_exit.  */
static int
remove_unused_sysv (_GL_UNUSED char const *name)
{
  struct msqid_ds ds;
  if (unused_queue->remove_unused
      && msgctl (unused_queue->msqid, IPC_STAT, &ds) == 0
      && ds.msg_qnum == 0 && ds.msg_stime == 0)
    return msgctl (unused_queue->msqid, IPC_RMID, NULL);
  return -1;
}

/* Remove the POSIX queue NAME, UNUSED_QUEUE, if it is still unused:
   we moved no message through it, it is empty, and its name still
   names it.  */
static int
remove_unused_posix (char const *name)
{
  struct mq_attr ma;
  if (unused_queue->remove_unused
      && mq_getattr (unused_queue->mqd, &ma) == 0 && ma.mq_curmsgs == 0
      && posix_still_named (unused_queue))
    return mq_unlink (name);
  return -1;
}

void
queue_remove_unused (struct queue *q)
{
  if (!q->created || unused_queue)
    return;
  unused_queue = q;
  q->remove_unused = true;
  if (q->posix)
    cleanup_add_name (remove_unused_posix, q->obj->name);
  else
    cleanup_add_name (remove_unused_sysv, object_describe (q->obj));
}

void
queue_keep (struct queue *q)
{
  q->remove_unused = false;
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

/* Send (if SENDING) the LEN bytes at DATA with priority *PRIO to the
   POSIX queue Q, or receive into Q's buffer and set *PRIO, waiting
   for room or a message as queue_send says.  The wait goes in slices
   of at most a second, after each of which the queue's name must
   still name Q, or the call fails with EIDRM.  Return what
   mq_timedsend or mq_timedreceive returns; errno EAGAIN means full or
   empty with a zero TIMEOUT.  */
static ssize_t
posix_wait (struct queue *q, bool sending, char const *data, idx_t len,
            unsigned int *prio, struct timespec const *timeout)
{
  static struct timespec const slice = { 1, 0 };
  struct timespec deadline;
  if (timeout)
    deadline = deadline_after (*timeout);

  for (;;)
    {
      struct timespec slice_end = deadline_after (slice);
      bool last = timeout && timespec_cmp (deadline, slice_end) <= 0;
      struct timespec const *end = last ? &deadline : &slice_end;
      ssize_t r = (sending
                   ? mq_timedsend (q->mqd, data, len, *prio, end)
                   : mq_timedreceive (q->mqd, q->buf, q->bufsize, prio,
                                      end));
      if (0 <= r)
        return r;
      if (errno == EINTR)
        {
          if (interrupt_signal)
            return -1;
          continue;
        }
      if (errno != ETIMEDOUT)
        return -1;
      if (is_zero (timeout))
        {
          errno = EAGAIN;
          return -1;
        }
      if (!posix_still_named (q))
        {
          errno = EIDRM;
          return -1;
        }
      if (last)
        {
          errno = ETIMEDOUT;
          return -1;
        }
    }
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

  int r;
  if (q->posix)
    {
      unsigned int prio = type;
      r = posix_wait (q, true, data, len, &prio, timeout);
      /* A receiver sends only to put a message back.  Into a queue
         that was removed, the send succeeds, and the message dies
         unseen with the last descriptor: say that it did not go
         back.  */
      if (r == 0 && (queue_can_put_back (q) || q->keeps)
          && !posix_still_named (q))
        {
          errno = EIDRM;
          r = -1;
        }
    }
  else
    {
      /* msgsnd wants the type just before the text.  */
      if (q->bufsize < len)
        queue_set_bufsize (q, len);
      memcpy (q->buf, &type, sizeof type);
      memcpy (q->buf + sizeof type, data, len);
      int flags = is_zero (timeout) ? IPC_NOWAIT : 0;
      WITH_TIMEOUT (r, timeout, msgsnd (q->msqid, q->buf, len, flags));
    }
  if (r == 0)
    queue_keep (q);
  return r;
}

#if !HAVE_DECL_MSG_EXCEPT
/* msgrcv with MSG_EXCEPT, which only Linux has: receive into Q's
   buffer the first message whose type is not TYPE, without waiting if
   FLAGS has IPC_NOWAIT (then fail with ENOMSG).  System V offers no
   other way to skip a type, so take the messages from the front one
   at a time and send each of type TYPE back to the end, at most once
   per message in the queue.  The order among the messages of TYPE and
   among the others is kept; only that between the two changes.  A
   message of TYPE larger than the buffer stops the scan (E2BIG).
   With nothing else in the queue, wait by looking every 10 ms for a
   message sent by another process; a signal ends the wait (EINTR).  */
static ssize_t
msgrcv_except (struct queue *q, long type, int flags)
{
  struct timespec const pause = { 0, 10 * 1000 * 1000 };
  pid_t self = getpid ();
  struct msqid_ds ds;
  if (msgctl (q->msqid, IPC_STAT, &ds) != 0)
    return -1;
  for (;;)
    {
      for (msgqnum_t i = 0; i < ds.msg_qnum; i++)
        {
          ssize_t n = msgrcv (q->msqid, q->buf, q->bufsize, 0, IPC_NOWAIT);
          if (n < 0)
            {
              if (errno == ENOMSG)
                break;
              return -1;
            }
          long t;
          memcpy (&t, q->buf, sizeof t);
          if (t != type)
            return n;
          /* Put it back, whatever signal comes: the room it left is
             there unless another sender took it.  */
          while (msgsnd (q->msqid, q->buf, n, 0) != 0)
            if (errno != EINTR)
              {
                error (0, errno,
                       ngettext ("a message of %jd byte is lost: cannot put"
                                 " it back on message queue %s",
                                 "a message of %jd bytes is lost: cannot"
                                 " put it back on message queue %s",
                                 select_plural (n)),
                       (intmax_t) n, object_describe (q->obj));
                return -1;
              }
        }
      if (flags & IPC_NOWAIT)
        {
          errno = ENOMSG;
          return -1;
        }
      msgqnum_t seen = ds.msg_qnum;
      do
        {
          if (nanosleep (&pause, NULL) != 0)
            return -1;
          if (msgctl (q->msqid, IPC_STAT, &ds) != 0)
            return -1;
        }
      while (ds.msg_qnum == seen && ds.msg_lspid == self);
    }
}
#endif

ssize_t
queue_receive (struct queue *q, struct queue_select const *sel,
               struct timespec const *timeout, char **data, long *type)
{
  ssize_t n;

  if (q->posix)
    {
      unsigned int prio;
      n = posix_wait (q, false, NULL, 0, &prio, timeout);
      if (n < 0)
        {
          if (errno == EMSGSIZE)
            errno = E2BIG;
          return -1;
        }
      *data = q->buf;
      *type = prio;
      queue_keep (q);
      return n;
    }

  int flags = is_zero (timeout) ? IPC_NOWAIT : 0;
#if HAVE_DECL_MSG_EXCEPT
  if (sel->except)
    flags |= MSG_EXCEPT;
#else
  if (sel->except)
    WITH_TIMEOUT (n, timeout, msgrcv_except (q, sel->type, flags));
  else
#endif
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
  queue_keep (q);
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
