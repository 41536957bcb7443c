/*
 * expand.h - word expansion: what the shell does to a word before a
 * command sees it.
 *
 * All results live in the scratch arena; they return NULL after an
 * expansion error (already reported).
 */
#ifndef SH_EXPAND_H
#define SH_EXPAND_H

#include "tree.h"

/* Every expansion, field splitting and globbing: a command's argv. */
char **expand_argv(struct word *words, int *argc);
/* One string, no splitting or globbing: redirections, case subjects. */
char *expand_str(struct word *w);
/* A value for NAME=: also expands ~ after each ':'. */
char *expand_assign(struct word *w);
/* A pattern for case and ${x#...}: quoted characters escaped. */
char *expand_pat(struct word *w);

/* Status of the last $(...) run, for a command that is only NAME=. */
extern int cmdsub_status;

#endif
