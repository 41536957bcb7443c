/*
 * match.h - shell patterns: matching (case, ${x#pat}) and pathname
 * expansion.  A backslash in a pattern makes the next character plain.
 */
#ifndef SH_MATCH_H
#define SH_MATCH_H

#include <stddef.h>
#include "mem.h"

/* Whether pattern pat matches all of s[0..n). */
int pmatch(const char *pat, const char *s, size_t n);
/* Adds the sorted pathnames pat matches to out; returns how many. */
int glob_expand(const char *pat, struct strlist *out);

#endif
