/*
 * eval.h - running trees: the evaluator and the ways commands run.
 */
#ifndef SH_EVAL_H
#define SH_EVAL_H

#include "mem.h"
#include "tree.h"

/* The shell ends after this command: an external one replaces it. */
#define EV_EXIT		0x1

/* eval.c */
int eval(struct node *n, int flags);

/* command.c: simple commands */
int eval_simple(struct node *n, int flags);
int run_argv(int argc, char **argv, int nofunc);

/* pipeline.c: pipelines, & and ( ) */
int eval_pipe(struct node *n, int flags);
int eval_bg(struct node *n);
int eval_subshell(struct node *n, int flags);

/* cmdsub.c */
int cmdsub_run(struct node *n, struct strbuf *out);

/* path.c */
char *path_find(const char *name, int want_exec);
void shell_exec(char **argv, char **env) __attribute__((noreturn));

/* run.c: reading and running commands from an input */
struct input;
int run_input(struct input *in, int toplevel);
int run_string(const char *s);
int run_file(const char *path, int must_exist);

#endif
