/*
 * script.c - recovery scripts (service up ... -script FILE).
 *
 * A service with a script is not restarted by RS when it fails: RS runs
 *	/bin/sh FILE restart LABEL REASON COUNT
 * (REASON one of exit, signal, hang, init; COUNT the failures in a row)
 * and the script decides - typically it logs, then runs
 * `service restart LABEL`.  The script runs as an ordinary process,
 * a child of RS, with the console as its standard streams.
 *
 * Running it takes PM and VFS (fork, exec), so a script is no way to
 * recover the driver of the disk those servers may be waiting for: such
 * a driver should be restarted by RS itself (no -script).
 */
#include <stdio.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/wait.h>
#include "rs.h"

static int children;			/* scripts not yet reaped */

/* The failure in one word, for the script's $3. */
static const char *reason_word(const char *why)
{
	if (strncmp(why, "died", 4) == 0)
		return "signal";
	if (strncmp(why, "exited", 6) == 0)
		return "exit";
	if (strncmp(why, "hangs", 5) == 0)
		return "hang";
	if (strstr(why, "initialis") != NULL)
		return "init";
	return "restart";		/* service restart on request */
}

/* In the child: the console as stdin, stdout and stderr, then the shell. */
static void exec_script(struct rproc *rp, const char *reason)
{
	char count[12];
	int fd;

	for (fd = 0; fd < 20; fd++)
		(void) close(fd);
	if (open("/dev/console", O_RDWR) == 0) {
		(void) dup(0);
		(void) dup(0);
	}
	snprintf(count, sizeof(count), "%d", rp->r_fails);
	execl("/bin/sh", "sh", rp->r_start.rss_script, "restart",
		rp->r_start.rss_label, reason, count, (char *) NULL);
	_exit(127);
}

/* rp has failed (why); hand the decision to its script.  OK, or an
 * error when the script cannot be started (RS then restarts rp). */
int rs_run_script(struct rproc *rp, const char *why)
{
	pid_t pid = fork();

	if (pid < 0)
		return -errno;
	if (pid == 0)
		exec_script(rp, reason_word(why));
	children++;
	rp->r_state = RSS_SCRIPT;
	return OK;
}

/* Every tick while scripts run: collect the ones that ended. */
void rs_reap_scripts(void)
{
	int status;

	while (children > 0 && waitpid(-1, &status, WNOHANG) > 0)
		children--;
}
