/*
 * popen.c - a stream to or from a command: popen() and pclose().
 *
 * The command runs under /bin/sh -c with one end of a pipe as its
 * standard input ("w") or output ("r"); the caller gets a stream on the
 * other end.  Each child closes the streams earlier popen() calls left
 * open, as POSIX says, so that a reader of one command never waits for
 * another command that holds its pipe.  pclose() waits for the command
 * and gives its status.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

struct child {
	struct child *next;
	FILE *f;
	pid_t pid;
};

static struct child *children;

/* In the new process: the pipe's end onto fd 0 or 1, then the shell. */
__attribute__((noreturn))
static void run(const char *command, const int p[2], int reading)
{
	int mine = reading ? p[1] : p[0], other = reading ? p[0] : p[1];
	int target = reading ? 1 : 0;

	for (struct child *c = children; c != NULL; c = c->next)
		close(fileno(c->f));
	if (other != target)		/* else dup2 replaces it */
		close(other);
	if (mine != target) {
		dup2(mine, target);
		close(mine);
	}
	execl("/bin/sh", "sh", "-c", command, (char *) NULL);
	_exit(127);
}

FILE *popen(const char *command, const char *mode)
{
	int reading, p[2], saved;
	struct child *c;
	pid_t pid;

	if (mode == NULL || (mode[0] != 'r' && mode[0] != 'w') ||
	    (mode[1] != '\0' && strcmp(mode + 1, "e") != 0)) {
		errno = EINVAL;
		return NULL;
	}
	reading = mode[0] == 'r';
	if ((c = malloc(sizeof(*c))) == NULL)
		return NULL;
	if (pipe(p) < 0) {
		free(c);
		return NULL;
	}
	if ((pid = fork()) == 0)
		run(command, p, reading);
	saved = errno;
	close(reading ? p[1] : p[0]);
	if (pid < 0 || (c->f = fdopen(reading ? p[0] : p[1],
	    reading ? "r" : "w")) == NULL) {
		close(reading ? p[0] : p[1]);
		if (pid > 0)
			waitpid(pid, NULL, 0);
		free(c);
		errno = pid < 0 ? saved : errno;
		return NULL;
	}
	if (mode[1] == 'e')
		fcntl(fileno(c->f), F_SETFD, FD_CLOEXEC);
	c->pid = pid;
	c->next = children;
	children = c;
	return c->f;
}

int pclose(FILE *f)
{
	struct child **pp, *c;
	int status;
	pid_t r;

	for (pp = &children; *pp != NULL && (*pp)->f != f; pp = &(*pp)->next)
		;
	if ((c = *pp) == NULL) {
		errno = ECHILD;
		return -1;
	}
	*pp = c->next;
	fclose(f);
	while ((r = waitpid(c->pid, &status, 0)) < 0 && errno == EINTR)
		continue;
	free(c);
	return r < 0 ? -1 : status;
}
