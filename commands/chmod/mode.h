/*
 * mode.h - chmod's modes: parsed once, applied to each file (mode.c).
 */
#ifndef CHMOD_MODE_H
#define CHMOD_MODE_H

#include <sys/types.h>

struct mode;

/* The mode string s, or NULL if it is not one. */
struct mode *mode_parse(const char *s);
/* The new permission bits of a file with mode old (the file type bits
 * tell a directory), given the process's umask. */
mode_t mode_apply(const struct mode *m, mode_t old, mode_t umask_bits);

#endif
