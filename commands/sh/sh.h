/*
 * sh.h - the shell's global state: options, special parameters, and the
 * flags that unwind evaluation (break, continue, return, abort).
 */
#ifndef SH_H
#define SH_H

#include <sys/types.h>

/* Options settable with `set -X` / `set -o name`. */
enum option {
	OPT_ERREXIT,		/* -e */
	OPT_XTRACE,		/* -x */
	OPT_NOUNSET,		/* -u */
	OPT_NOGLOB,		/* -f */
	OPT_NOEXEC,		/* -n */
	OPT_VERBOSE,		/* -v */
	OPT_NOCLOBBER,		/* -C */
	OPT_INTERACTIVE,	/* -i */
	OPT_MONITOR,		/* -m */
	NOPTIONS
};

/* Why evaluation is unwinding: set by break, continue, return, errors. */
enum skip {
	SKIP_NONE,
	SKIP_BREAK,
	SKIP_CONTINUE,
	SKIP_RETURN,
	SKIP_ABORT		/* interactive error: drop the command line */
};

struct arena;

struct shell {
	int status;		/* $? */
	pid_t rootpid;		/* $$: stays the same in subshells */
	pid_t lastbg;		/* $!, 0 when no job was started */
	char *arg0;		/* $0 */
	char opt[NOPTIONS];
	int interactive;	/* reading commands from a terminal */
	int jobctl;		/* pipelines get their own process groups */
	int ttyfd;		/* the terminal, for tcsetpgrp */
	pid_t pgid;		/* the shell's own process group */
	enum skip skip;
	int skipcount;		/* loops left to leave for break/continue */
	int loopnest;		/* loops running in the current function */
	int funcnest;		/* function calls running */
	int dotnest;		/* `.` scripts running */
	int noerrexit;		/* > 0 inside if/while conditions, && || */
	int subshell;		/* > 0 in a forked child */
	struct arena *arena;	/* owns the tree being evaluated */
};

extern struct shell sh;

/* Special-parameter and option letters, for $- and `set`. */
struct optdesc {
	char letter;
	const char *name;
};
extern const struct optdesc optdesc[NOPTIONS];
int opt_by_letter(int c);
int opt_by_name(const char *name);
void opt_string(char *buf);

/* Leaving the shell: runs the EXIT trap first. */
void sh_exit(int status) __attribute__((noreturn));
/* An error that ends a script but not an interactive shell. */
void sh_abort(int status);

#define DEFAULT_PATH	"/bin:/usr/bin:/sbin:/usr/sbin"
#define SHELL_PATH	"/bin/sh"

#endif
