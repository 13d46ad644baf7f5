## src/ fragment of the top-level Makefile.am.             -*-Makefile-*-
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

# The support library: what every tool shares.
noinst_LIBRARIES += src/libipcutils.a
src_libipcutils_a_SOURCES = \
  src/ipcutils.h \
  src/system.h \
  src/cleanup.c \
  src/common.c \
  src/interrupt.c \
  src/object.c \
  src/parse.c \
  src/proclimit.c \
  src/record.c \
  src/output.c \
  src/timeout.c \
  src/handover.c \
  src/copy.c \
  src/trust.c \
  src/portable.c \
  src/spawn.c \
  src/childwait.c \
  src/copy.h

# Every tool links the support library, gnulib and the libraries
# gnulib's modules ask for.
LDADD = src/libipcutils.a lib/libgnu.a $(LIBINTL) $(LIB_CLOCK_GETTIME) \
  $(LIB_GETRANDOM) $(LIB_HARD_LOCALE) $(LIB_MBRTOWC) $(LIB_SETLOCALE_NULL)

## Message queues: mqsend and mqrecv share the queue layer in mq.c.
## configure leaves out the tools this system cannot run (BUILD_*).
if BUILD_MQ
bin_PROGRAMS += src/mqsend src/mqrecv
endif
src_mqsend_SOURCES = src/mqsend.c src/mq.c src/mq.h
src_mqsend_LDADD = $(LDADD) $(LIB_RT)
src_mqrecv_SOURCES = src/mqrecv.c src/mq.c src/mq.h src/mqworker.c \
  src/mqworker.h
src_mqrecv_LDADD = $(LDADD) $(LIB_RT)

## Named pipes and Unix domain sockets.
bin_PROGRAMS += src/fifocat
if BUILD_UDSCAT
bin_PROGRAMS += src/udscat
endif
src_fifocat_SOURCES = src/fifocat.c
src_udscat_SOURCES = src/udscat.c src/udscat-peer.c src/udscat-relay.c \
  src/udscat.h

## Signals: sigsend and sigwait share the signal-spec parser.
bin_PROGRAMS += src/sigsend
if BUILD_SIGWAIT
bin_PROGRAMS += src/sigwait
endif
src_sigsend_SOURCES = src/sigsend.c src/sigspec.c src/sigspec.h
src_sigwait_SOURCES = src/sigwait.c src/sigspec.c src/sigspec.h

## Shared memory and memory-mapped files.
bin_PROGRAMS += src/mmapcat
if BUILD_SHMCAT
bin_PROGRAMS += src/shmcat
endif
src_shmcat_SOURCES = src/shmcat.c src/memio.c src/memio.h
src_shmcat_LDADD = $(LDADD) $(LIB_RT)
src_mmapcat_SOURCES = src/mmapcat.c src/memio.c src/memio.h
