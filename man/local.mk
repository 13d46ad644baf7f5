## man/ fragment of the top-level Makefile.am.             -*-Makefile-*-
# Copyright (C) 2026 the ipcutils authors
#
# This program is free software: you can redistribute it and/or modify
# it under the terms of the GNU General Public License as published by
# the Free Software Foundation, either version 3 of the License, or
# (at your option) any later version.
#
# This program is distributed in the hope that it will be useful,
# but WITHOUT ANY WARRANTY; without even the implied warranty of
# MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
# GNU General Public License for more details.
#
# You should have received a copy of the GNU General Public License
# along with this program.  If not, see <https://www.gnu.org/licenses/>.

# The man pages are made by help2man from each program's --help and
# --version and the sections of man/PROGRAM.x.  The release tarball
# ships them made, so that building it needs no help2man.
# Every page is distributed; a page is made and installed only with its
# program, which configure may leave out (src/local.mk, BUILD_*).
man_pages = man/mqsend.1 man/mqrecv.1 man/fifocat.1 \
  man/udscat.1 man/sigsend.1 man/sigwait.1 man/shmcat.1 man/mmapcat.1
EXTRA_DIST += $(man_pages)
man1_MANS = man/fifocat.1 man/sigsend.1 man/mmapcat.1
if BUILD_MQ
man1_MANS += man/mqsend.1 man/mqrecv.1
endif
if BUILD_UDSCAT
man1_MANS += man/udscat.1
endif
if BUILD_SIGWAIT
man1_MANS += man/sigwait.1
endif
if BUILD_SHMCAT
man1_MANS += man/shmcat.1
endif
EXTRA_DIST += man/mqsend.x man/mqrecv.x man/fifocat.x man/udscat.x \
  man/sigsend.x man/sigwait.x man/shmcat.x man/mmapcat.x \
  man/help2man.sed
MAINTAINERCLEANFILES += $(man_pages)

# help2man runs each program by its bare name, with the programs of
# the build first in PATH: the help prints the name it was run by, and
# the examples of a page show "mqsend", not "src/mqsend".  LC_ALL=C:
# the pages are in English.  The page's date is SOURCE_DATE_EPOCH when
# it is set, else the day of the last commit, so that the pages, like
# the manual (doc/local.mk), do not change with the day they are made.
# man/help2man.sed then drops from the DESCRIPTION what the .x file
# says better in its own section (the "Exit status" list) or what SEE
# ALSO says already (the pointer to the manual).
#
# A page is remade when its .x file or the sources of its help text
# change (like coreutils' mandeps): the program's source, the help and
# version text the suite shares, and the version in configure.ac.  It
# does not depend on the program itself, so that the pages of the
# release tarball, newer than the sources, are never remade there.
# The program is an order-only prerequisite: built first, when missing.
man_deps = $(top_srcdir)/configure.ac $(top_srcdir)/src/system.h \
  $(top_srcdir)/src/ipcutils.h $(top_srcdir)/src/common.c \
  $(top_srcdir)/man/help2man.sed

SUFFIXES += .x .1
.x.1:
	$(AM_V_GEN)prog=`echo '$@' | sed 's|.*/||; s|\.1$$||'`;	\
	test -d man || $(MKDIR_P) man;					\
	if test '$(HELP2MAN)' = ':'; then				\
	  if test -f '$@'; then :;					\
	  elif test -f '$(srcdir)/$@'; then cp '$(srcdir)/$@' '$@';	\
	  else echo "$@: help2man is needed to make this page" >&2;	\
	    exit 1;							\
	  fi;								\
	  touch '$@';							\
	  echo "$@: help2man is missing: the page was not remade" >&2;	\
	  exit 0;							\
	fi;								\
	rm -f $@ $@-t $@-u;						\
	date=$${SOURCE_DATE_EPOCH-`cd '$(srcdir)' &&			\
	  git log -1 --format=%ct 2>/dev/null`};			\
	PATH='$(abs_top_builddir)/src$(PATH_SEPARATOR)'"$$PATH"	\
	SOURCE_DATE_EPOCH=$${date:-`date +%s`}				\
	LANGUAGE= LC_ALL=C $(HELP2MAN)					\
	  --source='$(PACKAGE_NAME) $(PACKAGE_VERSION)'			\
	  --include=$< --no-info --output=$@-t $$prog$(EXEEXT)		\
	  && sed -f '$(top_srcdir)/man/help2man.sed' $@-t > $@-u	\
	  && rm -f $@-t && mv $@-u $@

man/mqsend.1: src/mqsend.c $(man_deps) | src/mqsend$(EXEEXT)
man/mqrecv.1: src/mqrecv.c $(man_deps) | src/mqrecv$(EXEEXT)
man/fifocat.1: src/fifocat.c $(man_deps) | src/fifocat$(EXEEXT)
man/udscat.1: src/udscat.c $(man_deps) | src/udscat$(EXEEXT)
man/sigsend.1: src/sigsend.c $(man_deps) | src/sigsend$(EXEEXT)
man/sigwait.1: src/sigwait.c $(man_deps) | src/sigwait$(EXEEXT)
man/shmcat.1: src/shmcat.c $(man_deps) | src/shmcat$(EXEEXT)
man/mmapcat.1: src/mmapcat.c $(man_deps) | src/mmapcat$(EXEEXT)
