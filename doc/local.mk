## doc/ fragment of the top-level Makefile.am.             -*-Makefile-*-
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

info_TEXINFOS = doc/ipcutils.texi
doc_ipcutils_TEXINFOS = doc/fdl.texi doc/common.texi doc/mq.texi doc/fifo.texi doc/uds.texi doc/signals.texi doc/memory.texi doc/security.texi doc/compare.texi doc/beyond.texi

# doc/release.texi sets VERSION, EDITION, UPDATED and UPDATED-MONTH for
# the manual.  It replaces automake's version.texi, whose date is that
# of the file doc/ipcutils.texi on this disk, that is the day of the
# checkout or of the build: UPDATED is the day of the last commit, or
# of SOURCE_DATE_EPOCH when it is set, so that "make dist" of one
# commit makes the same manual (and man pages: man/local.mk) whatever
# the day.  It is remade when the version or NEWS changes, as at a
# release; a tarball ships it and, having no git, keeps it.
doc_ipcutils_TEXINFOS += doc/release.texi
MAINTAINERCLEANFILES += $(srcdir)/doc/release.texi
$(srcdir)/doc/release.texi: $(top_srcdir)/configure.ac $(top_srcdir)/NEWS
	$(AM_V_GEN)epoch=$${SOURCE_DATE_EPOCH-`cd '$(srcdir)' &&	\
	  git log -1 --format=%ct 2>/dev/null`};			\
	if test -z "$$epoch" && test -f '$@'; then touch '$@'; exit 0; fi; \
	test -n "$$epoch" || epoch=`date +%s`;				\
	rm -f '$@-t';							\
	{ LC_ALL=C date -u -d "@$$epoch"				\
	    '+@set UPDATED %-d %B %Y%n@set UPDATED-MONTH %B %Y'		\
	  && echo '@set EDITION $(VERSION)'				\
	  && echo '@set VERSION $(VERSION)'; } > '$@-t'		\
	&& if cmp -s '$@-t' '$@'; then rm -f '$@-t'; touch '$@';	\
	   else mv -f '$@-t' '$@'; fi
