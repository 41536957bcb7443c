/*
 * sed.h - the compiled script and the shared state of sed.
 *
 * compile.c turns the script text into an array of struct cmd; exec.c
 * runs it over the input, one line a cycle; subst.c does s///; buf.c
 * has the growable strings both use.
 */
#ifndef SED_H
#define SED_H
#include <stddef.h>
#include <regex.h>

/* A growable string; s is always NUL-terminated. */
struct buf {
	char *s;
	size_t len, cap;
};

enum addr_type { A_NONE, A_LINE, A_LAST, A_REGEX };

struct addr {
	enum addr_type type;
	long long line;
	regex_t *re;		/* A_REGEX; NULL: the last one used */
};

struct cmd {
	struct addr a1, a2;
	int negate;		/* ! */
	int in_range;		/* between a1 and a2 */
	char name;		/* the command letter, or { } : */
	/* s */
	regex_t *re;		/* NULL: the last one used */
	char *repl;		/* replacement, escapes still in it */
	int global, print, nth;
	/* a i c, and the label of : b t */
	char *text;
	/* y */
	unsigned char map[256];
	/* { (to its }), b and t (to their label) */
	size_t jump;
	int exit_code;		/* q */
};

struct script {
	struct cmd *cmds;
	size_t n;
};

extern int opt_quiet;		/* -n */
extern int opt_extended;	/* -E */

/* buf.c */
void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
void buf_add(struct buf *b, const char *s, size_t n);
void buf_set(struct buf *b, const char *s, size_t n);
void fatal(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));

/* compile.c: exits with a message on a bad script. */
void compile_script(const char *text, struct script *sc);

/* exec.c: runs the script over the files (all of stdin if none);
 * answers the exit status. */
int run_script(struct script *sc, char **files, int nfiles);

/* subst.c: s/// on the pattern space; 1 if a substitution was made. */
int substitute(const struct cmd *c, regex_t *re, struct buf *ps);

#endif
