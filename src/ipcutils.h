/* ipcutils.h: the support library shared by every ipcutils program.
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

#ifndef IPCUTILS_H
#define IPCUTILS_H

#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>

#include "system.h"
#include "intprops.h"

/* ------------------------------------------------------------------ */
/* Help text (common.c).  */

/* Print "Try 'PROG --help' for more information." on stderr.  */
void emit_try_help (void);

/* Print the help text of the object-selection options: -k, -i, -p,
   --proj-id (KINDS says which apply, a mask of OBJECT_* below), and
   of the creation options --mode, --no-create, --exclusive when
   CREATES.  */
void emit_object_options (unsigned int kinds, bool creates);

/* Print the exit-status section common to every program; TIMEOUT says
   whether the program has a --timeout, and so the status 124.  */
void emit_exit_status (bool timeout);

/* Print the home page and "Full documentation" lines, as coreutils
   does, for PROGRAM.  */
void emit_ancillary_info (char const *program);

/* ------------------------------------------------------------------ */
/* Parsing of numbers, sizes, durations and modes (parse.c).  Each
   x-function diagnoses a bad argument, naming WHAT (e.g. "type") and
   quoting ARG, and exits with EXIT_FAILURE.  */

/* A whole number in decimal, 0x hexadecimal or 0 octal, in MIN..MAX.  */
intmax_t xnumber (char const *arg, intmax_t min, intmax_t max,
                  char const *what);

/* A byte count with an optional suffix K, M, G, T, P, E (powers of
   1024; KB, MB... powers of 1000; KiB, MiB... powers of 1024), in
   MIN..MAX.  */
intmax_t xsize (char const *arg, intmax_t min, intmax_t max,
                char const *what);

/* A duration: a non-negative floating number of seconds with an
   optional suffix s, m, h or d, as timeout(1) takes it.  Store it
   in *RESULT and return true, or return false if ARG is invalid.  */
bool parse_duration (char const *arg, struct timespec *result);
struct timespec xduration (char const *arg, char const *what);

/* A file mode, octal or symbolic as chmod(1) takes it, applied to
   0666 as mkfifo(1) does.  Only permission bits are allowed.  */
mode_t xmode (char const *arg);

/* ------------------------------------------------------------------ */
/* The --timeout option (timeout.c), and the rule for every program
   that has it (fifocat, mqsend, mqrecv, sigwait, udscat):

   - --timeout=DURATION, parsed by xduration, bounds the wait that the
     program's --help names; 0 means do not wait at all.
   - When the time is up (or, with 0, when there was something to wait
     for), the program writes one line on standard error,
       PROG: timed out after D waiting for WHAT
     where D is DURATION in seconds ("0s", "0.2s", "90s") and WHAT
     names what did not come and the object, then exits with
     EXIT_TIMEOUT (124), as timeout(1) does, after its usual cleanup.
     No program is silent about it: none has a quiet mode (a program
     that gets one documents here that it silences this line).
   - A program that has a --timeout says so in --help with
     emit_timeout_option, then (if need be) what it bounds, and with
     emit_exit_status (true).  */

struct timeout_option
{
  bool given;                   /* --timeout was given */
  struct timespec duration;     /* its DURATION */
};

#define TIMEOUT_LONGOPTS \
  {"timeout", required_argument, NULL, TIMEOUT_OPTION}

/* If C is TIMEOUT_OPTION, parse its argument ARG into *T and return
   true; otherwise return false.  */
bool timeout_option (struct timeout_option *t, int c, char const *arg);

/* The duration of T, or null if no --timeout was given (wait as long
   as it takes), as the calls with a TIMEOUT argument take it.  */
struct timespec const *timeout_duration (struct timeout_option const *t)
  _GL_ATTRIBUTE_PURE;

/* Whether --timeout=0 was given: do not wait.  */
bool timeout_is_zero (struct timeout_option const *t) _GL_ATTRIBUTE_PURE;

/* Print the --timeout=DURATION option and the duration syntax.  */
void emit_timeout_option (void);

/* The time of T is up: say so as the rule above says, with WHAT the
   text that FORMAT and the arguments after it make ("a signal",
   "a reader to open 'f'"), and return EXIT_TIMEOUT for the caller to
   exit with once it has finished; timeout_exit exits at once.  */
int timeout_diagnose (struct timeout_option const *t, char const *format,
                      ...)
  _GL_ATTRIBUTE_FORMAT ((_GL_ATTRIBUTE_SPEC_PRINTF_STANDARD, 2, 3));
#define timeout_exit(...) exit (timeout_diagnose (__VA_ARGS__))

/* ------------------------------------------------------------------ */
/* Kernel limits in /proc (proclimit.c), named as util-linux's
   pathnames.h names them.  */

/* System V message queues: the largest message, the bytes a queue
   holds by default, the most queues (sysctl kernel.msgmax, msgmnb,
   msgmni).  Linux's defaults: 8192, 16384, 32000.  */
#define _PATH_PROC_IPC_MSGMAX "/proc/sys/kernel/msgmax"
#define _PATH_PROC_IPC_MSGMNB "/proc/sys/kernel/msgmnb"
#define _PATH_PROC_IPC_MSGMNI "/proc/sys/kernel/msgmni"

/* System V shared memory: the largest segment in bytes, all segments
   together in pages, the most segments (kernel.shmmax, shmall,
   shmmni).  Linux's defaults: ULONG_MAX - 2^24 (no limit) for the
   first two, 4096.  */
#define _PATH_PROC_IPC_SHMMAX "/proc/sys/kernel/shmmax"
#define _PATH_PROC_IPC_SHMALL "/proc/sys/kernel/shmall"
#define _PATH_PROC_IPC_SHMMNI "/proc/sys/kernel/shmmni"

/* POSIX message queues: the most messages and the largest message
   that mq_open may ask for, the most queues, and what a queue gets
   when its creator asks for nothing (fs.mqueue.*).  Linux's defaults:
   10, 8192, 256, 10, 8192.  */
#define _PATH_PROC_POSIX_IPC_MSG_MAX "/proc/sys/fs/mqueue/msg_max"
#define _PATH_PROC_POSIX_IPC_MSGSIZE_MAX "/proc/sys/fs/mqueue/msgsize_max"
#define _PATH_PROC_POSIX_IPC_QUEUES_MAX "/proc/sys/fs/mqueue/queues_max"
#define _PATH_PROC_POSIX_IPC_MSG_DEFAULT "/proc/sys/fs/mqueue/msg_default"
#define _PATH_PROC_POSIX_IPC_MSGSIZE_DEFAULT \
  "/proc/sys/fs/mqueue/msgsize_default"

/* The non-negative number in the file PATH (the first, if it holds
   several), saturated at INTMAX_MAX ("no limit"); or FALLBACK if PATH
   cannot be read or holds no number (no /proc, another kernel).  The
   caller gives Linux's default as FALLBACK, or -1 where a guess would
   mislead (a diagnostic that quotes the file).  */
intmax_t proc_limit (char const *path, intmax_t fallback);

/* ------------------------------------------------------------------ */
/* Object selection and creation (object.c).  */

/* Kinds of object a program accepts, for object_finish.  */
enum
{
  OBJECT_SYSV = 1,              /* -k KEY or -i ID */
  OBJECT_POSIX = 2,             /* -p NAME */
  OBJECT_PATH = 4,              /* a file name operand */
  OBJECT_FILE = 8               /* for emit_object_options: a regular
                                   file operand, see object_mode */
};

enum object_kind
{
  OBJ_NONE, OBJ_KEY, OBJ_ID, OBJ_POSIX, OBJ_PATH
};

struct ipc_object
{
  enum object_kind kind;
  char const *arg;              /* the argument as the user gave it */
  key_t key;                    /* OBJ_KEY */
  int id;                       /* OBJ_ID */
  char *name;                   /* OBJ_POSIX (with its leading '/'),
                                   OBJ_PATH */
  char const *key_file;         /* OBJ_KEY made with ftok, or NULL */
  int proj_id;                  /* for ftok; default 1 */
  bool create;                  /* create when missing (--no-create) */
  bool exclusive;               /* fail if it exists (--exclusive) */
  bool mode_given;              /* --mode was given */
  mode_t mode;                  /* permissions for a created object */
  mode_t default_mode;          /* without --mode, these permissions less
                                   the umask: 0600 (private) as set by
                                   object_init, or OBJECT_FILE_MODE */
  int selections;               /* how many of -k, -i, -p were given */
};

/* Long-only option values of the object options.  */
enum
{
  PROJ_ID_OPTION = CHAR_MAX + 1,
  NO_CREATE_OPTION,
  EXCLUSIVE_OPTION,
  TIMEOUT_OPTION                /* timeout.c */
};

/* For getopt_long: the short options and the long-option entries of
   object selection (-k, -i, -p, --proj-id) and of creation (-m,
   --no-create, --exclusive).  */
#define OBJECT_SHORTOPTS "k:i:p:"
#define CREATE_SHORTOPTS "m:"
#define OBJECT_LONGOPTS                                         \
  {"key", required_argument, NULL, 'k'},                        \
  {"id", required_argument, NULL, 'i'},                         \
  {"posix", required_argument, NULL, 'p'},                      \
  {"proj-id", required_argument, NULL, PROJ_ID_OPTION}
#define CREATE_LONGOPTS                                         \
  {"mode", required_argument, NULL, 'm'},                       \
  {"no-create", no_argument, NULL, NO_CREATE_OPTION},           \
  {"exclusive", no_argument, NULL, EXCLUSIVE_OPTION}

void object_init (struct ipc_object *obj);

/* If C is one of the object or creation options, record it with its
   argument ARG and return true; otherwise return false.  */
bool object_option (struct ipc_object *obj, int c, char const *arg);

/* Make OBJ name the file PATH (for FIFOs, sockets, mapped files).  */
void object_set_path (struct ipc_object *obj, char const *path);

/* Check after option parsing that exactly one object was selected,
   of one of KINDS, and resolve a key file with ftok.  Diagnose and
   exit otherwise.  */
void object_finish (struct ipc_object *obj, unsigned int kinds);

/* A description of OBJ for diagnostics, such as "key 0x0001e240",
   "id 5", "/name" or a file name, already quoted where needed.  The
   result is in static storage.  */
char const *object_describe (struct ipc_object const *obj);

/* The permission bits for a created object: --mode exactly, or
   OBJ->default_mode less the umask.  That default is 0600: queues,
   segments, FIFOs and sockets are private to their owner unless
   --mode says otherwise, as in Python's sysv_ipc and posix_ipc,
   because receiving from them consumes data.  A program that creates
   a regular file sets OBJ->default_mode to OBJECT_FILE_MODE after
   object_init, so that the file gets 0666 less the umask, as touch(1)
   would give it.  Callers creating a file-system object with an
   explicit --mode clear the umask around the creation call (see
   object_umask_begin).  */
#define OBJECT_PRIVATE_MODE (S_IRUSR | S_IWUSR)
#define OBJECT_FILE_MODE (S_IRUSR | S_IWUSR | S_IRGRP | S_IWGRP \
                          | S_IROTH | S_IWOTH)
mode_t object_mode (struct ipc_object const *obj);

/* O_CREAT and O_EXCL for open, mq_open, shm_open.  */
int object_open_flags (struct ipc_object const *obj) _GL_ATTRIBUTE_PURE;

/* Around the creation of a file-system object (open, mkfifo, bind,
   mq_open, shm_open): clear the umask when --mode was given so that
   the mode is exact, and restore it afterwards.  */
mode_t object_umask_begin (struct ipc_object const *obj);
void object_umask_end (mode_t saved);

/* ------------------------------------------------------------------ */
/* Signals: interruption, timeouts (interrupt.c).

   Policy for the whole suite, once option parsing is over:
   - SIGINT, SIGTERM and SIGHUP set interrupt_signal, with no
     SA_RESTART, so that a blocking call returns EINTR.  From then on
     SIGALRM fires every 10 ms, so that every later blocking call
     returns EINTR too, even one entered just after the signal.
   - The rule every loop that moves data follows: it tests
     interrupt_signal once per pass, and after every call that fails
     with EINTR (before timeout_expired).  When it is set, the loop
     finishes what must not be left half done (put a received message
     back, account for a partial write), then calls interrupt_exit,
     which removes created objects and dies of the same signal.
   - SIGPIPE is ignored: a write to a closed pipe or socket fails with
     EPIPE, so that a message received but not delivered can be put
     back.  An EPIPE on standard output ends the program with status 1
     and no diagnostic, as "tee --output-error=warn-nopipe" does.  */

extern volatile sig_atomic_t interrupt_signal;

/* Install the handlers and the SIGPIPE policy above.  */
void interrupt_install (void);

/* If a signal arrived, clean up and die of it.  */
void interrupt_check (void);
_Noreturn void interrupt_exit (void);

/* Timeouts for calls that have no timed variant (msgrcv, msgsnd,
   open of a FIFO, connect): timeout_arm makes SIGALRM interrupt the
   call after DURATION, and again every 10 ms afterwards so that a
   signal landing just before the call still interrupts it.  After an
   EINTR, timeout_expired says whether the time is up.  */
extern volatile sig_atomic_t timeout_expired;
void timeout_arm (struct timespec duration);
void timeout_disarm (void);

/* The absolute CLOCK_REALTIME time DURATION from now, saturated, for
   mq_timedsend, mq_timedreceive, sem_timedwait.  */
struct timespec deadline_after (struct timespec duration);

/* ------------------------------------------------------------------ */
/* Removal of created objects at exit (cleanup.c).  Entries are removed
   by an atexit handler and by interrupt_exit; the removal is
   async-signal-safe.  */

/* Remove the file PATH at exit, but only if it is still the file
   described by ST (same device and inode): never a file that someone
   else put in its place.  */
void cleanup_add_path (char const *path, struct stat const *st);

/* Remove the System V message queue or shared memory segment ID.  */
void cleanup_add_sysv_msg (int id);
void cleanup_add_sysv_shm (int id);

/* Remove NAME at exit by calling REMOVE (NAME).  The macros below give
   the POSIX message queue and shared memory cases; the caller includes
   <mqueue.h> or <sys/mman.h>, and so links -lrt only where needed.  */
void cleanup_add_name (int (*remove) (char const *), char const *name);
#define cleanup_add_posix_mq(name) cleanup_add_name (mq_unlink, name)
#define cleanup_add_posix_shm(name) cleanup_add_name (shm_unlink, name)

/* Forget every registered object: none will be removed.  */
void cleanup_clear (void);

/* Remove every registered object now (also called at exit).  */
void cleanup_run (void);

/* ------------------------------------------------------------------ */
/* Records: reading framed input and writing framed output (record.c).  */

enum record_framing
{
  RECORD_LINE,                  /* records end with '\n' */
  RECORD_NUL,                   /* records end with '\0' */
  RECORD_WHOLE,                 /* the whole input is one record;
                                   written: nothing around records */
  RECORD_NETSTRING              /* each record is a netstring, LEN:BYTES,
                                   (D. J. Bernstein's format) */
};

/* The most bytes of a netstring's header: its length and the colon.  */
enum { NETSTRING_HEADER_MAX = INT_STRLEN_BOUND (idx_t) + 1 };

/* Write into BUF the header "LEN:" of a netstring of LEN bytes, and
   return its length (at most NETSTRING_HEADER_MAX).  */
int netstring_header (char *buf, idx_t len);

/* The fields of struct record_reader and struct record_writer are
   private to record.c: callers use the functions below.  */
struct record_reader
{
  int fd;
  enum record_framing framing;
  idx_t limit;                  /* longest record kept */
  char *buf;
  idx_t alloc;                  /* size of BUF */
  idx_t start;                  /* first byte not yet returned */
  idx_t end;                    /* end of the data in BUF */
  idx_t scan;                   /* where to resume the delimiter search */
  idx_t skipped;                /* bytes of an over-long record dropped */
  bool eof;                     /* the input is at its end */
  bool done;                    /* RECORD_WHOLE: the record was returned */
  int bad;                      /* RECORD_NETSTRING: why the input is
                                   malformed (record.c), or 0 */
  idx_t bad_len;                /* the length of that netstring */
};

/* Read records from FD in blocks of at least 128 KiB.  Records longer
   than LIMIT bytes are not kept (see record_read).  */
void record_reader_init (struct record_reader *r, int fd,
                         enum record_framing framing, idx_t limit);
void record_reader_free (struct record_reader *r);

/* Read the next record.  Return 1 and set *DATA and *LEN (the
   delimiter excluded; the data stays valid until the next call); 0 at
   the end of input; -1 on a read error, with errno set (EINTR when a
   signal arrived: call again after interrupt_check).  A record longer
   than the limit is read to its end and returned with *DATA null and
   *LEN its full length.  An unterminated last line is a record; an
   empty input has none, except with RECORD_WHOLE, where it is one
   empty record.

   With RECORD_NETSTRING, a record longer than the limit is returned
   (with *DATA null) as soon as its length is read, and the reader
   stops there.  Malformed input (a length that is not decimal digits
   and a colon, or has a leading zero; no comma after the bytes; the
   input ending inside a netstring; anything after an over-long one)
   makes record_read return -1 with errno EBADMSG, once every record
   before it was returned; record_error says what is wrong.  So a
   reader never returns a record that follows a malformed one.  */
int record_read (struct record_reader *r, char **data, idx_t *len);

/* After record_read failed with EBADMSG: what is wrong with the input,
   for a diagnostic that names the record ("record 5: %s").  The text
   is in static storage.  */
char const *record_error (struct record_reader const *r);

/* Whether record_read would return without reading from the
   descriptor (a whole record, or the end of input, is buffered).  */
bool record_buffered (struct record_reader const *r) _GL_ATTRIBUTE_PURE;

/* How many bytes were read from the descriptor that record_read has
   not returned yet (0: none).  */
idx_t record_unread (struct record_reader const *r) _GL_ATTRIBUTE_PURE;

/* Collect records for output so that many can go out in one write.  */
struct record_writer
{
  int fd;
  int delim;                    /* byte written after each record, or -1 */
  bool netstring;               /* write each record as a netstring */
  char *buf;
  idx_t used;
  idx_t alloc;
  idx_t *ends;                  /* end offset of each record in BUF */
  idx_t count;                  /* records in BUF */
  idx_t ends_alloc;
};

/* Write records to FD, each followed by DELIM (or nothing if DELIM is
   -1), batching up to CAPACITY bytes.  */
void record_writer_init (struct record_writer *w, int fd, int delim,
                         idx_t capacity);

/* Frame the records that W writes as FRAMING instead of with its
   delimiter: RECORD_LINE and RECORD_NUL as the delimiters '\n' and
   '\0', RECORD_WHOLE as nothing, RECORD_NETSTRING as a netstring
   each.  So a program whose reader takes a framing (udscat's records
   to and from standard input) writes the same framing.  */
void record_writer_set_framing (struct record_writer *w,
                                enum record_framing framing);
void record_writer_free (struct record_writer *w);

/* Whether a record of LEN bytes fits in the batch without a flush.
   An empty batch always has room.  */
bool record_writer_fits (struct record_writer const *w, idx_t len)
  _GL_ATTRIBUTE_PURE;

/* Add a record to the batch (the caller flushes first when it does
   not fit).  */
void record_writer_add (struct record_writer *w, char const *data,
                        idx_t len);

/* Write the whole batch.  Return 0 on success.  On failure return -1
   with errno set, and set *DONE to the number of records of the batch
   that were written whole; the batch is then emptied.  An interrupted
   write (EINTR with interrupt_signal set) counts as a failure.  */
int record_writer_flush (struct record_writer *w, idx_t *done);

/* The records in the batch, their bytes (delimiters included), and
   those bytes, valid until the next call that changes the batch.  */
idx_t record_writer_count (struct record_writer const *w) _GL_ATTRIBUTE_PURE;
idx_t record_writer_size (struct record_writer const *w) _GL_ATTRIBUTE_PURE;
char const *record_writer_data (struct record_writer const *w)
  _GL_ATTRIBUTE_PURE;

/* Write all of BUF to FD, retrying on EINTR and on short writes,
   until interrupt_signal is set: then stop, even after a partial
   write, with errno EINTR.  Return the number of bytes written, which
   is less than SIZE only on error (errno set).  */
idx_t write_all (int fd, void const *buf, idx_t size);

/* ------------------------------------------------------------------ */
/* Hand-over of records to the reader of a pipe or socket (handover.c).

   A record written into a pipe is delivered only when the reader has
   read it: a reader that exits first (head -n 1) throws it away.
   handover_write writes one record and waits until the reader has
   read all of it, so that a receiver takes the next message off its
   queue only then, and can put back the one record that the reader
   did not take.  See the comment at the top of handover.c.  */

struct handover
{
  int fd;
  int kind;                     /* how to wait (handover.c) */
  int saved_pipe_size;          /* to restore at the end, or 0 */
  idx_t resume;                 /* see handover_restore */
};

/* Hand records over through FD if ENABLE and FD is a pipe or a Unix
   stream socket; otherwise (a file, a terminal, /dev/null, or not
   ENABLE) handover_write only writes.  Shrinks a pipe to one page.  */
void handover_init (struct handover *h, int fd, bool enable);

/* Write the LEN bytes at BUF, then wait until the reader has read
   them all.  Return 0 if it did (or, after a signal, if it has begun
   to read them, or holds them in a socket: they are its now).  Return
   -1 if the record was not taken, so that the caller puts it back
   whole, with errno: EPIPE if the reader left with part of it unread,
   EINTR if interrupt_signal arrived before the reader began to read
   it (it was taken back out of the pipe), or a write error.  */
int handover_write (struct handover *h, char const *buf, idx_t len);

/* After handover_write failed with EINTR, write the record of LEN
   bytes at BUF back into the pipe, from where the reader's view of it
   stopped, for a caller that could not put it back on its queue:
   the reader, which is still there, gets it whole after all.  Return
   whether that worked.  */
bool handover_restore (struct handover const *h, char const *buf, idx_t len);

/* Restore the pipe's size.  */
void handover_end (struct handover *h);

/* Diagnose a failed write to standard output, unless it is EPIPE (see
   the SIGPIPE policy above).  */
void diagnose_write_error (int err);

/* The one "write to standard output or exit" of the suite (output.c),
   coreutils' write_error: standard output could not be written, with
   errno ERR; diagnose it as diagnose_write_error does, and exit with
   EXIT_FAILURE.  A caller that has something to put back or to
   account for after a signal does so first.  */
_Noreturn void write_error (int err);

/* Write all of BUF, SIZE bytes, to standard output.  If a signal
   stops the write, die of it (interrupt_check); on any other failure,
   write_error.  For output that nothing needs to put back.  */
void xwrite_stdout (void const *buf, idx_t size);

/* Whether the reader at the other end of FD, the writing end of a pipe
   or a connected socket, has gone: it will read nothing more (poll
   shows POLLERR or POLLHUP without waiting; a closed FD counts too).
   A program that waits for something to write checks it now and then,
   as "tail -f" does, so that "PROG -f | head -n 1" ends, and leaves
   what it would have taken for someone else.  */
bool output_gone (int fd);

/* Whether FD is a pipe or a socket: an output whose reader can leave,
   which output_gone tells.  */
bool output_watchable (int fd);

/* ------------------------------------------------------------------ */
/* Descriptors that close on exec (portable.c): SOCK_CLOEXEC, accept4
   and pipe2 where the system has them, else the plain call and fcntl.
   Each returns as the call it replaces, with FD_CLOEXEC set on the new
   descriptors.  */

/* socket (DOMAIN, TYPE, 0), non-blocking if NONBLOCK.  */
int socket_cloexec (int domain, int type, bool nonblock);

/* accept (FD, NULL, NULL).  */
int accept_cloexec (int fd);

/* pipe (FDS).  */
int pipe_cloexec (int fds[2]);

/* Put FD's open file in non-blocking mode (O_NONBLOCK), keeping its
   other flags.  Return 0, or -1 with errno set.  */
int set_nonblocking (int fd);

/* ------------------------------------------------------------------ */
/* Starting a COMMAND (spawn.c).  */

/* Fork; in the child, call SETUP (ARG) if SETUP is not null (it sets
   up descriptors, signals and the environment, and may call only what
   is safe after fork), then execvp (COMMAND[0], COMMAND).  Return the
   child's PID once COMMAND is running, or -1 with errno set: the error
   of fork, or the error of exec (the child, which exited with 127 or
   126, is reaped).  Each caller says "cannot run" in its own words.  */
pid_t spawn_command (char *const *command, void (*setup) (void *),
                     void *arg);

/* Waiting for descriptors or a child (childwait.c).  child_wait_init
   installs the SIGCHLD handler (SA_NOCLDSTOP) that wakes child_wait;
   the caller keeps SIGCHLD blocked except in child_wait.  child_wait
   is as ppoll (FDS, NFDS, TIMEOUT, MASK), TIMEOUT rounded up to a
   millisecond, except that FDS must have room for NFDS + 1 entries,
   and that a child that ended while MASK let SIGCHLD in makes it fail
   with EINTR (or return what else is ready).  */
void child_wait_init (void);
int child_wait (struct pollfd *fds, nfds_t nfds,
                struct timespec const *timeout, sigset_t const *mask);

/* ------------------------------------------------------------------ */
/* Trust in files that other users control (trust.c).  */

/* What trust_open returns for a file that the rules refuse.  */
enum { TRUST_REFUSED = -2 };

/* Open NAME as open (NAME, FLAGS | O_CLOEXEC, MODE) would, but apply
   the kernel's fs.protected_* rules whatever the system's settings,
   to every open (not only with O_CREAT): in a sticky directory that
   others can write to, refuse an existing file other than a directory
   (a FIFO, regular file, socket or device) owned by neither us (the
   effective user) nor the owner of the directory (fs.protected_fifos
   and fs.protected_regular at level 2: also for a group-writable
   directory); in a sticky world-writable directory, refuse to follow a
   symbolic link owned by neither (fs.protected_symlinks).  The rule is
   checked on the last component of NAME and of every link target
   before the open (a planted FIFO is refused before an open that
   would wait for its other end) and again on the open descriptor.
   On success, return the descriptor and store in *ST (unless null)
   what fstat says of it.  Return -1 with errno set if the open failed
   (EINTR when a signal interrupted it), or TRUST_REFUSED after
   diagnosing a refused file (naming it, its owner and the rule).  */
int trust_open (char const *name, int flags, mode_t mode, struct stat *st);

/* Describe the user UID in BUF of SIZE bytes, for diagnostics:
   "uid 65534 (nobody)".  Return BUF.  */
char const *describe_user (uid_t uid, char *buf, size_t size);

#endif
