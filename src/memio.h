/* memio.h: copying between the standard streams and shared memory,
   shared by shmcat and mmapcat.
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

#ifndef MEMIO_H
#define MEMIO_H

#include "ipcutils.h"

/* The long options shared by the two programs.  */
enum
{
  SYNC_OPTION = PROGRAM_OPTION_BASE
};

/* The window of -o OFFSET and -l LENGTH (LENGTH is negative when -l
   was not given) in an object of SIZE bytes named WHAT, for reading:
   diagnose and exit if it lies beyond the end.  Return its length.  */
intmax_t memio_window (intmax_t size, intmax_t offset, intmax_t length,
                       char const *what);

/* Page alignment of a mapping of the bytes at OFFSET: the page-aligned
   offset to give mmap, and how far into the mapping OFFSET lies.  */
intmax_t memio_page_floor (intmax_t offset);

/* A mapping made by memio_map.  */
struct memio_mapping
{
  void *base;
  size_t len;
};

/* Map the LEN bytes (LEN > 0) at OFFSET of FD, shared, with
   protection PROT, and return the address of the byte at OFFSET.
   Return NULL with errno set on failure.  */
char *memio_map (int fd, intmax_t offset, idx_t len, int prot,
                 struct memio_mapping *m);

/* Unmap M, if it is mapped.  */
void memio_unmap (struct memio_mapping *m);

/* Prepare the LEN bytes at ADDR, in a shared mapping, to be written:
   fault their pages in with one call (MADV_POPULATE_WRITE) rather than
   one page fault at a time, which on tmpfs costs more than the copy.
   Only those bytes' pages: a gap before them stays a hole.  Failure is
   harmless and ignored: the pages are then faulted in when written,
   and a missing page still raises SIGBUS then.  */
void memio_prefault (void *addr, idx_t len);

/* Allocate the blocks of the LEN bytes at OFFSET of the file FD, which
   already covers them, just before they are written through a
   mapping: where the file system has no room, this fails with ENOSPC
   (or EDQUOT), where a store into a hole would raise SIGBUS.  The
   file's size never changes, and nothing else is allocated, so a
   file written at a large offset stays sparse.  Return 0 (also where
   the file system cannot allocate in advance: then only SIGBUS tells),
   or -1 with errno set (EINTR: interrupt_signal is set).  */
int memio_reserve (int fd, intmax_t offset, intmax_t len);

/* Mappings are written to standard output with copy_mapping
   (copy.h).  */

/* Catch SIGBUS so that memio_copy can report it.  */
void memio_sigbus_init (void);

/* Copy SIZE bytes from SRC to DST, where either may lie in a shared
   mapping.  Return true, or false if a SIGBUS interrupted the copy:
   the mapped object no longer covers the bytes (it shrank), or the
   file system could not supply a page (out of space).  */
bool memio_copy (void *dst, void const *src, idx_t size);

/* Read once from FD into BUF, at most SIZE bytes (SIZE > 0), following
   the interrupt policy: retry after a signal that is not an
   interruption, and wait with poll while a non-blocking FD has
   nothing.  Return the number of bytes read, 0 at the end of the
   input, or -1 with errno set: EINTR means that interrupt_signal is
   set (it is tested before every call, so that a signal stops even a
   reader whose input never runs dry).  */
ssize_t memio_read_some (int fd, void *buf, idx_t size);

/* Read from FD into BUF (which may be a mapping) until SIZE bytes are
   read or the input ends.  Return the number of bytes read; set *ERR
   to 0, or to the errno value of a failed read (EFAULT if BUF lost
   pages, EINTR if interrupt_signal is set).  */
idx_t memio_read (int fd, void *buf, idx_t size, int *err);

/* Read all of FD.  Keep at most KEEP bytes in a buffer allocated with
   malloc, stored in *BUF with their count in *KEPT, and count the
   rest without keeping it.  Return the total length of the input, or
   -1 with errno set on a read error (EINTR if interrupt_signal is
   set).  */
intmax_t memio_slurp (int fd, idx_t keep, char **buf, idx_t *kept);

/* The length of what is left to read of FD if it is a regular file,
   or -1.  */
intmax_t memio_input_length (int fd);

/* OFFSET + LEN, where the bytes of an input of LEN bytes end when
   written at OFFSET into WHAT; diagnose and exit if that is past the
   largest file offset.  */
intmax_t memio_end (intmax_t offset, intmax_t len, char const *what);

/* Make the file FD at least NEWSIZE bytes long, sparsely (ftruncate):
   the new bytes read as zeros and take no space until written (see
   memio_reserve).  Never shrink it, even if another process grew it
   meanwhile.  Return 0, or -1 with errno set.  */
int memio_grow (int fd, intmax_t newsize);

#endif
