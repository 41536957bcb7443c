/*
 * system.c - run a command with the shell and wait for it.
 *
 * As POSIX says: while the command runs, the caller ignores SIGINT and
 * SIGQUIT (a ^C at the terminal is the command's to take) and blocks
 * SIGCHLD (so that a handler of the caller's cannot reap the child
 * first); the child gets the caller's own dispositions and mask back
 * before it becomes the shell.
 */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>

#define SHELL	"/bin/sh"

struct saved_sigs {
	struct sigaction intr, quit;
	sigset_t mask;
};

static void hold_signals(struct saved_sigs *s)
{
	struct sigaction ign;
	sigset_t chld;

	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	ign.sa_flags = 0;
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, &s->mask);
	sigaction(SIGINT, &ign, &s->intr);
	sigaction(SIGQUIT, &ign, &s->quit);
}

static void restore_signals(const struct saved_sigs *s)
{
	sigaction(SIGINT, &s->intr, NULL);
	sigaction(SIGQUIT, &s->quit, NULL);
	sigprocmask(SIG_SETMASK, &s->mask, NULL);
}

int system(const char *command)
{
	struct saved_sigs saved;
	int status = -1, err = 0;
	pid_t pid;

	if (command == NULL)		/* is there a shell? */
		return access(SHELL, X_OK) == 0;
	hold_signals(&saved);
	if ((pid = fork()) == 0) {
		restore_signals(&saved);
		execl(SHELL, "sh", "-c", command, (char *) NULL);
		_exit(127);
	}
	if (pid < 0)
		err = errno;
	else
		while (waitpid(pid, &status, 0) < 0)
			if (errno != EINTR) {
				err = errno;
				status = -1;
				break;
			}
	restore_signals(&saved);
	if (err != 0)
		errno = err;
	return status;
}
