/* trust.c: refuse files that another user controls in a shared
   directory, as the kernel's fs.protected_* settings do.
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

/* The kernel protects a process that opens a file in a shared, sticky
   directory such as /tmp only when the administrator enables it
   (Documentation/admin-guide/sysctl/fs.rst):

   - fs.protected_symlinks = 1: a symbolic link in a sticky
     world-writable directory is followed only if its owner is the
     follower or the owner of the directory;
   - fs.protected_fifos = 2, fs.protected_regular = 2: an O_CREAT open
     of an existing FIFO or regular file in a sticky directory that is
     world- or group-writable fails unless the file is owned by the
     opener or by the owner of the directory.

   Opening without O_CREAT is not covered at all, and many systems run
   with these settings at 0.  trust_open applies the same rules itself,
   whatever the settings, and to every open, so that a FIFO, file or
   link that another user planted where a program expects its own is
   refused before a byte is read or written.

   Without races: the directory is opened once (O_PATH; where it is
   missing, O_SEARCH, else O_RDONLY, which needs read permission on the
   directory, not only search permission) and everything
   else is looked up relative to it.  The entry is first examined with
   fstatat without following a link, so that a planted FIFO is refused
   before the open that would wait for its other end; then it is opened
   with O_NOFOLLOW and the rule is checked again on what fstat says of
   the open descriptor, which is what the program uses.  A symbolic link
   accepted by the rule is read with readlinkat and its target resolved
   the same way, relative to the link's directory.  In a sticky
   directory, a trusted entry (ours or the directory owner's) cannot be
   renamed or removed by another user, so the first look stays true.

   Only the last component of NAME (and of each link target) is
   checked: the directories leading to it are trusted, as the kernel's
   rules for FIFOs and regular files also apply to the last component
   only.  */

#include <config.h>

#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>

#include "ipcutils.h"

/* How to open a directory only to look up names in it.  */
#if HAVE_DECL_O_PATH
enum { DIR_LOOKUP = O_PATH };
#else
/* gnulib's <fcntl.h> makes it O_RDONLY where the system lacks it.  */
enum { DIR_LOOKUP = O_SEARCH };
#endif

/* The most links followed, as the kernel's MAXSYMLINKS.  */
enum { TRUST_MAX_LINKS = 40 };

/* Whether the directory DST is shared: sticky, and writable by others
   (or, for files but not links, by its group: level 2 of
   fs.protected_fifos and fs.protected_regular).  */
static bool
shared_directory (struct stat const *dst, bool group_too)
{
  mode_t writable = S_IWOTH | (group_too ? S_IWGRP : 0);
  return (dst->st_mode & S_ISVTX) && (dst->st_mode & writable);
}

/* Whether OWNER may own a file that we open in the directory DST.  */
static bool
trusted_owner (uid_t owner, struct stat const *dst)
{
  return owner == geteuid () || owner == dst->st_uid;
}

char const *
describe_user (uid_t uid, char *buf, size_t size)
{
  struct passwd const *pw = getpwuid (uid);
  if (pw)
    snprintf (buf, size, "uid %ju (%s)", (uintmax_t) uid, pw->pw_name);
  else
    snprintf (buf, size, "uid %ju", (uintmax_t) uid);
  return buf;
}

/* Whether the file ST (a link when LINK) in the directory DST, both
   named for diagnostics, passes the rule.  Diagnose it if not.  */
static bool
trust_check (char const *name, struct stat const *st, char const *dir,
             struct stat const *dst, bool link)
{
  if (S_ISDIR (st->st_mode) || ! shared_directory (dst, !link)
      || trusted_owner (st->st_uid, dst))
    return true;

  char owner[128], dir_owner[128];
  describe_user (st->st_uid, owner, sizeof owner);
  describe_user (dst->st_uid, dir_owner, sizeof dir_owner);
  if (link)
    error (0, 0, _("refusing to follow the symbolic link %s: it is owned"
                   " by %s, in the sticky directory %s owned by %s and"
                   " writable by others (the rule of"
                   " fs.protected_symlinks)"),
           quoteaf_n (0, name), owner, quoteaf_n (1, dir), dir_owner);
  else
    error (0, 0, _("refusing to open %s: it is owned by %s, in the"
                   " sticky directory %s owned by %s and writable by"
                   " others (the rule of fs.protected_fifos and"
                   " fs.protected_regular)"),
           quoteaf_n (0, name), owner, quoteaf_n (1, dir), dir_owner);
  return false;
}

/* The directory part of NAME (a new string; "." if none) and, in
   *BASE, its last component.  */
static char *
split_name (char const *name, char const **base)
{
  char const *end = name + strlen (name);
  /* Trailing slashes belong to the last component ("dir/").  */
  char const *p = end;
  while (name < p && p[-1] == '/')
    p--;
  while (name < p && p[-1] != '/')
    p--;
  *base = p;
  if (p == name)
    return xstrdup (".");
  /* Keep the root's slash; drop the others before the component.  */
  char const *dir_end = p;
  while (name + 1 < dir_end && dir_end[-1] == '/')
    dir_end--;
  return ximemdup0 (name, dir_end - name);
}

/* trust_open, relative to the directory DIRFD, having followed LINKS
   links so far.  */
static int
open_at (int dirfd, char const *name, int flags, mode_t mode,
         struct stat *st, int links)
{
  char const *base;
  char *dir = split_name (name, &base);
  int result = -1;
  int saved_errno;

  int dfd = openat (dirfd, dir, DIR_LOOKUP | O_DIRECTORY | O_CLOEXEC);
  struct stat dst;
  if (dfd < 0)
    goto done;
  if (fstat (dfd, &dst) != 0 || ! *base)
    {
      /* NAME is a root or a directory: nothing to check.  */
      if (! *base)
        result = openat (dirfd, name, flags, mode);
      goto done;
    }

  struct stat lst;
  if (fstatat (dfd, base, &lst, AT_SYMLINK_NOFOLLOW) == 0)
    {
      if (S_ISLNK (lst.st_mode) && ! (flags & O_NOFOLLOW))
        {
          if (! trust_check (name, &lst, dir, &dst, true))
            {
              result = TRUST_REFUSED;
              goto done;
            }
          if (TRUST_MAX_LINKS <= links)
            {
              errno = ELOOP;
              goto done;
            }
          /* A link's size is the length of its target; a link never
             changes, but it may have been replaced: check the length
             read.  */
          idx_t size = lst.st_size + 1;
          char *target = ximalloc (size);
          ssize_t n = readlinkat (dfd, base, target, size);
          if (0 <= n && n < size)
            {
              target[n] = '\0';
              result = open_at (dfd, target, flags, mode, st, links + 1);
            }
          else if (0 <= n)
            errno = EAGAIN;
          saved_errno = errno;
          free (target);
          errno = saved_errno;
          goto done;
        }
      /* Refuse a planted FIFO before an open that would wait for its
         other end.  */
      if (! trust_check (name, &lst, dir, &dst, false))
        {
          result = TRUST_REFUSED;
          goto done;
        }
    }

  /* Open what was checked, or what replaced it; check it again from
     the descriptor itself.  */
  int fd = openat (dfd, base, flags | O_NOFOLLOW, mode);
  if (fd < 0)
    goto done;
  if (fstat (fd, st) != 0)
    {
      saved_errno = errno;
      close (fd);
      errno = saved_errno;
      goto done;
    }
  if (! trust_check (name, st, dir, &dst, false))
    {
      close (fd);
      result = TRUST_REFUSED;
      goto done;
    }
  result = fd;

 done:
  saved_errno = errno;
  if (0 <= dfd)
    close (dfd);
  free (dir);
  errno = saved_errno;
  return result;
}

int
trust_open (char const *name, int flags, mode_t mode, struct stat *st)
{
  struct stat tmp;
  return open_at (AT_FDCWD, name, flags | O_CLOEXEC, mode, st ? st : &tmp,
                  0);
}
