/*
 * exec.c - find: -exec and -ok.
 *
 * "-exec utility arg... ;" runs the utility for each file, every {} in
 * its arguments replaced by the path, and is true if it exits 0.  -ok
 * asks first on standard error and reads the answer from standard
 * input: it runs only for a 'y'.  "-exec utility arg... {} +" gathers
 * paths and runs the utility with as many at a time as fit (16 KiB);
 * it is always true, but a failing run makes find's status 1.
 *
 * Entry points: exec_new, exec_run, exec_flush_all.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "find.h"

#define BATCH_BYTES	16384

struct exec {
	char **argv;			/* the utility and its arguments */
	int argc;
	int ok, plus;
	char **paths;			/* gathered for {} + */
	int npaths;
	size_t bytes;
	struct exec *next_plus;
};

static struct exec *pluses;

static void *grow(void *p, size_t n)
{
	if ((p = realloc(p, n)) == NULL)
		die("out of memory");
	return p;
}

struct exec *exec_new(char **argv, int *used, int ok)
{
	struct exec *x = calloc(1, sizeof(*x));
	int n;

	if (x == NULL)
		die("out of memory");
	for (n = 0; argv[n] != NULL; n++) {
		if (strcmp(argv[n], ";") == 0)
			break;
		if (!ok && n > 0 && strcmp(argv[n], "+") == 0 &&
		    strcmp(argv[n - 1], "{}") == 0) {
			x->plus = 1;
			break;
		}
	}
	if (argv[n] == NULL || n - x->plus == 0) {
		free(x);
		return NULL;
	}
	x->argv = argv;
	x->argc = n - x->plus;		/* less the {} before + */
	x->ok = ok;
	*used = n + 1;
	if (x->plus) {
		x->next_plus = pluses;
		pluses = x;
	}
	return x;
}

/* s with every {} replaced by path, malloc()ed. */
static char *replace(const char *s, const char *path)
{
	size_t n = 0, pl = strlen(path);
	char *out = grow(NULL, strlen(s) + 1);
	const char *hit;

	while ((hit = strstr(s, "{}")) != NULL) {
		out = grow(out, n + (size_t) (hit - s) + pl + strlen(hit) + 1);
		memcpy(out + n, s, (size_t) (hit - s));
		memcpy(out + n + (hit - s), path, pl);
		n += (size_t) (hit - s) + pl;
		s = hit + 2;
	}
	strcpy(out + n, s);
	return out;
}

/* Run argv; whether it exited 0. */
static int run(char **argv)
{
	pid_t pid;
	int st;

	fflush(stdout);
	if ((pid = fork()) < 0) {
		fail("fork: %s", strerror(errno));
		return 0;
	}
	if (pid == 0) {
		execvp(argv[0], argv);
		fprintf(stderr, "find: %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return 0;
	return WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

static int ask(char **argv)
{
	char answer[16];

	fputc('<', stderr);
	for (int i = 0; argv[i] != NULL; i++)
		fprintf(stderr, " %s", argv[i]);
	fputs(" >? ", stderr);
	if (fgets(answer, sizeof(answer), stdin) == NULL)
		return 0;
	return answer[0] == 'y' || answer[0] == 'Y';
}

static void flush(struct exec *x)
{
	char **argv;

	if (x->npaths == 0)
		return;
	argv = grow(NULL, (size_t) (x->argc + x->npaths + 1) * sizeof(*argv));
	memcpy(argv, x->argv, (size_t) x->argc * sizeof(*argv));
	memcpy(argv + x->argc, x->paths, (size_t) x->npaths * sizeof(*argv));
	argv[x->argc + x->npaths] = NULL;
	if (!run(argv))
		walk.status = 1;
	for (int i = 0; i < x->npaths; i++)
		free(x->paths[i]);
	free(argv);
	x->npaths = 0;
	x->bytes = 0;
}

int exec_run(struct exec *x, const char *path)
{
	char **argv;
	int r = 0;

	if (x->plus) {
		if (x->bytes + strlen(path) + 1 > BATCH_BYTES)
			flush(x);
		x->paths = grow(x->paths, (size_t) (x->npaths + 1) *
		    sizeof(char *));
		if ((x->paths[x->npaths++] = strdup(path)) == NULL)
			die("out of memory");
		x->bytes += strlen(path) + 1;
		return 1;
	}
	argv = grow(NULL, (size_t) (x->argc + 1) * sizeof(*argv));
	for (int i = 0; i < x->argc; i++)
		argv[i] = replace(x->argv[i], path);
	argv[x->argc] = NULL;
	if (!x->ok || ask(argv))
		r = run(argv);
	for (int i = 0; i < x->argc; i++)
		free(argv[i]);
	free(argv);
	return r;
}

void exec_flush_all(void)
{
	for (struct exec *x = pluses; x != NULL; x = x->next_plus)
		flush(x);
}
