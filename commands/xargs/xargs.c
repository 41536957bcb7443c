/*
 * xargs - build command lines from the standard input and run them.
 *
 *	xargs [-0prtx] [-E eofstr] [-I replstr | -L number | -n number]
 *	    [-s size] [utility [argument...]]
 *
 * The utility (echo if none) runs with its arguments followed by as
 * many input arguments (input.c) as fit in size bytes (16384 by
 * default, at most 65536), or -n number of them, or those of -L number
 * input lines.  -I runs it once per input line, each replstr in its
 * arguments replaced by the line.  -E ends the input at eofstr; -0
 * takes NUL-ended arguments; -r runs nothing for an empty input (by
 * default the utility runs once); -t writes each command line to
 * standard error first, -p asks on /dev/tty; -x stops when a command
 * line of -n or -L arguments does not fit.
 *
 * Status: 0; 123 if a command exited 1-125; 124 if one exited 255 and
 * 125 if one was killed (xargs stops there); 126 if the utility cannot
 * be run, 127 if it is not found; 1 for xargs's own errors.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "xargs.h"

#define DEFAULT_SIZE	16384
#define MAX_SIZE	65536

struct opts {
	const char *eofstr, *replstr;
	long max_args, max_lines;	/* 0: no limit */
	size_t size;
	int prompt, no_empty, trace, exact;
	enum split split;
};

struct line {
	char **argv;
	int argc, base;			/* all, and the utility's own */
	size_t bytes, base_bytes;
	long lines;			/* input lines taken (-L) */
};

static struct opts o = { NULL, NULL, 0, 0, DEFAULT_SIZE, 0, 0, 0, 0,
	SPLIT_BLANKS };
static int status;

static void usage(void)
{
	fputs("usage: xargs [-0prtx] [-E eofstr] [-I replstr | -L number | "
	    "-n number]\n             [-s size] [utility [argument...]]\n",
	    stderr);
	exit(1);
}

static void *grow(void *p, size_t n)
{
	if ((p = realloc(p, n)) == NULL) {
		fputs("xargs: out of memory\n", stderr);
		exit(1);
	}
	return p;
}

static long count(const char *s, long max)
{
	char *end;
	long v = strtol(s, &end, 10);

	if (*s == '\0' || *end != '\0' || v < 1 || v > max)
		usage();
	return v;
}

static void add(struct line *l, char *arg)
{
	l->argv = grow(l->argv, (size_t) (l->argc + 2) * sizeof(char *));
	l->argv[l->argc++] = arg;
	l->argv[l->argc] = NULL;
	l->bytes += strlen(arg) + 1;
}

/* -t and -p: the line on standard error; with -p, the answer. */
static int confirm(const struct line *l)
{
	char answer[16] = "";
	FILE *tty;

	for (int i = 0; i < l->argc; i++)
		fprintf(stderr, "%s%s", i ? " " : "", l->argv[i]);
	if (!o.prompt) {
		fputc('\n', stderr);
		return 1;
	}
	fputs(" ?...", stderr);
	if ((tty = fopen("/dev/tty", "r")) == NULL) {
		perror("xargs: /dev/tty");
		exit(1);
	}
	if (fgets(answer, sizeof(answer), tty) == NULL)
		answer[0] = '\0';
	fclose(tty);
	return answer[0] == 'y' || answer[0] == 'Y';
}

/* Fork and exec; an exec failure comes back through a pipe. */
static pid_t start(char **argv, int *err)
{
	int fds[2];
	pid_t pid;

	if (pipe(fds) < 0 || (pid = fork()) < 0) {
		perror("xargs");
		exit(1);
	}
	if (pid == 0) {
		close(fds[0]);
		fcntl(fds[1], F_SETFD, FD_CLOEXEC);
		execvp(argv[0], argv);
		*err = errno;
		(void) write(fds[1], err, sizeof(*err));
		_exit(127);
	}
	close(fds[1]);
	if (read(fds[0], err, sizeof(*err)) != (ssize_t) sizeof(*err))
		*err = 0;
	close(fds[0]);
	return pid;
}

static void run(struct line *l)
{
	int st, err;
	pid_t pid;

	if ((o.trace || o.prompt) && !confirm(l))
		return;
	fflush(stdout);
	pid = start(l->argv, &err);
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	if (err != 0) {
		fprintf(stderr, "xargs: %s: %s\n", l->argv[0], strerror(err));
		exit(err == ENOENT ? 127 : 126);
	}
	if (WIFSIGNALED(st)) {
		fprintf(stderr, "xargs: %s: killed by signal %d\n",
		    l->argv[0], WTERMSIG(st));
		exit(125);
	}
	if (WEXITSTATUS(st) == 255) {
		fprintf(stderr, "xargs: %s: exited with status 255\n",
		    l->argv[0]);
		exit(124);
	}
	if (WEXITSTATUS(st) != 0)
		status = 123;
}

/* Run l and take it back to the utility's own arguments. */
static void flush(struct line *l)
{
	run(l);
	for (int i = l->base; i < l->argc; i++)
		free(l->argv[i]);
	l->argc = l->base;
	l->argv[l->argc] = NULL;
	l->bytes = l->base_bytes;
	l->lines = 0;
}

/* s with every replstr replaced by text, malloc()ed. */
static char *replace(const char *s, const char *text)
{
	size_t rl = strlen(o.replstr), tl = strlen(text), n = 0;
	char *out = grow(NULL, 1);
	const char *hit;

	while ((hit = rl > 0 ? strstr(s, o.replstr) : NULL) != NULL) {
		out = grow(out, n + (size_t) (hit - s) + tl + 1);
		memcpy(out + n, s, (size_t) (hit - s));
		memcpy(out + n + (hit - s), text, tl);
		n += (size_t) (hit - s) + tl;
		s = hit + rl;
	}
	out = grow(out, n + strlen(s) + 1);
	strcpy(out + n, s);
	return out;
}

/* -I: the utility once per line, replstr replaced in its arguments. */
static void per_line(char **cmd, int ncmd)
{
	struct line l = { NULL, 0, 0, 0, 0, 0 };
	struct arg a;

	while (next_arg(SPLIT_LINES, o.eofstr, &a)) {
		for (int i = 0; i < ncmd; i++)
			add(&l, replace(cmd[i], a.text));
		if (l.bytes > o.size) {
			fputs("xargs: command line too long\n", stderr);
			exit(1);
		}
		l.base = l.argc;
		flush(&l);
		for (int i = 0; i < ncmd; i++)
			free(l.argv[i]);
		l.argc = 0;
		l.bytes = 0;
		free(a.text);
	}
}

/* The input's arguments after the utility's, as many as fit. */
static void collect(struct line *l)
{
	int ran = 0;
	size_t len;
	struct arg a;

	while (next_arg(o.split, o.eofstr, &a)) {
		len = strlen(a.text) + 1;
		if (l->bytes + len > o.size) {
			if (l->argc == l->base || (o.exact &&
			    (o.max_args || o.max_lines))) {
				fputs("xargs: argument list too long\n", stderr);
				exit(1);
			}
			flush(l);
			ran = 1;
		}
		add(l, a.text);
		l->lines += a.line_end;
		if ((o.max_args && l->argc - l->base == o.max_args) ||
		    (o.max_lines && a.line_end && l->lines == o.max_lines)) {
			flush(l);
			ran = 1;
		}
	}
	if (l->argc > l->base || (!ran && !o.no_empty))
		flush(l);
}

static void options(int argc, char **argv)
{
	int c;

	while ((c = getopt(argc, argv, "+0E:I:L:n:prs:tx")) != -1) {
		switch (c) {
		case '0': o.split = SPLIT_NUL; break;
		case 'E': o.eofstr = *optarg ? optarg : NULL; break;
		case 'I':
			o.replstr = optarg;
			o.max_args = o.max_lines = 0;
			o.exact = 1;
			break;
		case 'L':
			o.max_lines = count(optarg, INT_MAX);
			o.max_args = 0;
			o.replstr = NULL;
			break;
		case 'n':
			o.max_args = count(optarg, INT_MAX);
			o.max_lines = 0;
			o.replstr = NULL;
			break;
		case 'p': o.prompt = 1; break;
		case 'r': o.no_empty = 1; break;
		case 's': o.size = (size_t) count(optarg, MAX_SIZE); break;
		case 't': o.trace = 1; break;
		case 'x': o.exact = 1; break;
		default: usage();
		}
	}
}

int main(int argc, char **argv)
{
	static char *echo[] = { "echo", NULL };
	struct line l = { NULL, 0, 0, 0, 0, 0 };
	char **cmd;
	int ncmd;

	options(argc, argv);
	cmd = optind < argc ? argv + optind : echo;
	ncmd = optind < argc ? argc - optind : 1;
	if (o.replstr != NULL) {
		per_line(cmd, ncmd);
		return status;
	}
	for (int i = 0; i < ncmd; i++)
		add(&l, cmd[i]);
	l.base = l.argc;
	l.base_bytes = l.bytes;
	if (l.bytes > o.size) {
		fputs("xargs: the command is longer than the size\n", stderr);
		return 1;
	}
	collect(&l);
	return status;
}
