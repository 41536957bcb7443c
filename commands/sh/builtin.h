/*
 * builtin.h - commands the shell runs itself.
 *
 * Special builtins (POSIX 2.14) differ in that assignments before them
 * stay, and their errors end a script.
 */
#ifndef SH_BUILTIN_H
#define SH_BUILTIN_H

typedef int builtin_fn(int argc, char **argv);

struct builtin {
	const char *name;
	builtin_fn *fn;
	int special;
};

const struct builtin *builtin_find(const char *name);

/* bi_flow.c */
builtin_fn bi_true, bi_false, bi_break, bi_continue, bi_return, bi_exit,
	bi_eval, bi_dot, bi_exec;
/* bi_var.c */
builtin_fn bi_export, bi_readonly, bi_unset, bi_local;
/* bi_set.c */
builtin_fn bi_set, bi_shift;
/* bi_cd.c */
builtin_fn bi_cd, bi_pwd;
/* bi_echo.c */
struct strbuf;
builtin_fn bi_echo;
int echo_escapes(struct strbuf *b, const char *s);
/* bi_printf.c */
builtin_fn bi_printf;
/* bi_read.c */
builtin_fn bi_read;
/* bi_test.c */
builtin_fn bi_test;
/* bi_job.c */
builtin_fn bi_wait, bi_jobs, bi_fg, bi_bg, bi_kill, bi_trap;
/* bi_getopts.c */
builtin_fn bi_getopts;
/* bi_misc.c */
builtin_fn bi_umask, bi_command, bi_type;

#endif
