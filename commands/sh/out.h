/*
 * out.h - unbuffered output, so that what builtins print interleaves
 * correctly with the output of the programs the shell runs.
 */
#ifndef SH_OUT_H
#define SH_OUT_H

#include <stddef.h>

int out_write(int fd, const char *s, size_t n);
int out_str(int fd, const char *s);
int out_fmt(int fd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* "sh: " message "\n" on standard error. */
void sh_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
