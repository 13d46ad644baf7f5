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
   Failure is harmless and ignored: the pages are then faulted in when
   written, and a missing page still raises SIGBUS then.  */
void memio_prefault (void *addr, idx_t len);

/* Get ready to write mappings to FD with memio_output: note whether
   FD is a pipe, and if so enlarge it (at most to 1 MiB) so that each
   vmsplice moves more pages.  */
void memio_output_init (int fd);

/* Write the SIZE bytes at BUF, which lie in a shared mapping, to FD.
   To a pipe this uses vmsplice(2) without SPLICE_F_GIFT: the pipe
   then refers to the pages of the mapping instead of a copy, so the
   reader sees them as they are when it reads, not as they were when
   they were written; callers keep the mapping's contents unchanged
   until they exit.  Anything else gets large writes.  Return 0, or
   -1 with errno set; EFAULT means that pages of the mapping vanished
   (the object shrank).  An interruption (SIGINT...) ends the program
   through interrupt_check.  */
int memio_output (int fd, char const *buf, idx_t size);

/* Catch SIGBUS so that memio_copy can report it.  */
void memio_sigbus_init (void);

/* Copy SIZE bytes from SRC to DST, where either may lie in a shared
   mapping.  Return true, or false if a SIGBUS interrupted the copy:
   the mapped object no longer covers the bytes (it shrank), or the
   file system could not supply a page (out of space).  */
bool memio_copy (void *dst, void const *src, idx_t size);

/* Read from FD into BUF (which may be a mapping) until SIZE bytes are
   read or the input ends.  Return the number of bytes read; set *ERR
   to 0, or to the errno value of a failed read (EFAULT if BUF lost
   pages).  */
idx_t memio_read (int fd, void *buf, idx_t size, int *err);

/* Read all of FD.  Keep at most KEEP bytes in a buffer allocated with
   malloc, stored in *BUF with their count in *KEPT, and count the
   rest without keeping it.  Return the total length of the input, or
   -1 with errno set on a read error.  */
intmax_t memio_slurp (int fd, idx_t keep, char **buf, idx_t *kept);

/* The length of what is left to read of FD if it is a regular file,
   or -1.  */
intmax_t memio_input_length (int fd);

/* Make the file FD, now of SIZE bytes, NEWSIZE bytes long, allocating
   the new blocks (fallocate) where the file system can, and extending
   it sparsely (ftruncate) where it cannot.  Return 0, or -1 with
   errno set.  */
int memio_grow (int fd, intmax_t size, intmax_t newsize);

#endif
