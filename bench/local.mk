## bench/ fragment of the top-level Makefile.am: "make bench".  -*-Makefile-*-
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

# The anchors: small C programs that the tools are measured against.
# As EXTRA_PROGRAMS they are built by "make bench" only, never by
# "make all" or "make check".  They use neither gnulib nor the support
# library (what a C programmer writes by hand), hence their own
# CPPFLAGS and LDADD; the warning flags still apply.
bench_anchors = bench/sink bench/ceiling bench/sockceiling bench/msgpair \
  bench/sigpair
EXTRA_PROGRAMS += $(bench_anchors)
CLEANFILES += $(bench_anchors)

bench_sink_SOURCES = bench/sink.c
bench_sink_CPPFLAGS = -D_GNU_SOURCE
bench_sink_LDADD =
bench_ceiling_SOURCES = bench/ceiling.c
bench_ceiling_CPPFLAGS = -D_GNU_SOURCE
bench_ceiling_LDADD =
bench_sockceiling_SOURCES = bench/sockceiling.c
bench_sockceiling_CPPFLAGS = -D_GNU_SOURCE
bench_sockceiling_LDADD =
bench_msgpair_SOURCES = bench/msgpair.c
bench_msgpair_CPPFLAGS = -D_GNU_SOURCE
bench_msgpair_LDADD = $(LIB_RT)
bench_sigpair_SOURCES = bench/sigpair.c
bench_sigpair_CPPFLAGS = -D_GNU_SOURCE
bench_sigpair_LDADD =

EXTRA_DIST += bench/run bench/pysysv.py bench/README bench/RESULTS \
  bench/readme-table

# Build what can be built of the tools (a tool that does not build is
# reported and its cases are skipped), then measure, with the build
# tree's programs first on PATH.  Settings come from the environment:
#   make bench BENCH_SIZE=256M BENCH_REPEAT=5
# (see bench/README for the list).
.PHONY: bench
bench: $(bench_anchors)
	@$(MAKE) $(AM_MAKEFLAGS) -k $(bin_PROGRAMS) > /dev/null \
	  || echo 'bench: some tools did not build: their cases are skipped' >&2
	PATH='$(abs_top_builddir)/src':"$$PATH" \
	BENCH_BINDIR='$(abs_top_builddir)/bench' \
	BENCH_SRCDIR='$(abs_top_srcdir)/bench' \
	  $(SHELL) '$(abs_top_srcdir)/bench/run'

# The README's performance table, from bench/RESULTS (after a "make
# bench" with BENCH_RESULTS=bench/RESULTS); tests/misc/readme-bench.sh
# checks that the two agree.
.PHONY: readme-table
readme-table:
	$(SHELL) '$(srcdir)/bench/readme-table' '$(srcdir)/bench/RESULTS' \
	  '$(srcdir)/README' > README.tmp
	mv README.tmp '$(srcdir)/README'
