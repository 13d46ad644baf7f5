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
# --version and the DESCRIPTION, EXAMPLES, EXIT STATUS and SEE ALSO
# sections of man/PROGRAM.x.  The release tarball ships them made, so
# that building it needs no help2man.
dist_man1_MANS = man/mqsend.1 man/mqrecv.1 man/fifocat.1 \
  man/udscat.1 man/sigsend.1 man/sigwait.1 man/shmcat.1 man/mmapcat.1
EXTRA_DIST += man/mqsend.x man/mqrecv.x man/fifocat.x man/udscat.x \
  man/sigsend.x man/sigwait.x man/shmcat.x man/mmapcat.x
MAINTAINERCLEANFILES += $(dist_man1_MANS)

# A page is remade when its .x file or its program's source changes:
# it does not depend on the program itself, so that the pages of the
# release tarball, newer than the sources, are never remade there.
# The program is an order-only prerequisite: built first, when missing.
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
	rm -f $@ $@-t;							\
	LANGUAGE= LC_ALL=C $(HELP2MAN)					\
	  --source='$(PACKAGE_STRING)'					\
	  --include=$< --no-info --output=$@-t src/$$prog$(EXEEXT)	\
	  && mv $@-t $@

man/mqsend.1: src/mqsend.c | src/mqsend$(EXEEXT)
man/mqrecv.1: src/mqrecv.c | src/mqrecv$(EXEEXT)
man/fifocat.1: src/fifocat.c | src/fifocat$(EXEEXT)
man/udscat.1: src/udscat.c | src/udscat$(EXEEXT)
man/sigsend.1: src/sigsend.c | src/sigsend$(EXEEXT)
man/sigwait.1: src/sigwait.c | src/sigwait$(EXEEXT)
man/shmcat.1: src/shmcat.c | src/shmcat$(EXEEXT)
man/mmapcat.1: src/mmapcat.c | src/mmapcat$(EXEEXT)
