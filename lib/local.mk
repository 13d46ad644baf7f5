## gnulib, as gnulib-tool generates it into lib/gnulib.mk.
include lib/gnulib.mk
