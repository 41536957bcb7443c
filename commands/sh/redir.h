/*
 * redir.h - redirections, undone afterwards or (exec) kept.
 */
#ifndef SH_REDIR_H
#define SH_REDIR_H

#include "tree.h"

struct redirsave;

/* Performs the redirections; with save, remembers how to undo them.
 * On failure (reported) returns -1: undo what was done with
 * redir_restore. */
int redir_apply(struct redir *r, struct redirsave **save);
void redir_restore(struct redirsave *save);

#endif
