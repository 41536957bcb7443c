/*
 * init.c - the first program: process 1.
 *
 * It empties the record of who is logged in (/var/run/utmp), runs
 * /etc/rc with the shell, then keeps a login shell on the console,
 * starting a new one whenever the last one ends; all the while it reaps
 * orphans (processes whose parents died are given to init).  Boot
 * options on the kernel command line: init.rc=PATH runs PATH instead of
 * /etc/rc (the tests use it); init.login=yes keeps /bin/login on the
 * console instead of a root shell, so that users must give a password.
 *
 * It also starts the recovery scripts of failed services for RS, which
 * must not fork itself (fork waits for PM, and RS never waits for PM):
 * RS wakes init with SIGUSR1, init asks RS for the due scripts
 * (RS_SCRIPT_NEXT) and starts them.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <time.h>
#include <minix/com.h>
#include <minix/ipc.h>
#include <utmpx.h>

#define CONSOLE	"/dev/console"
#define SHELL	"/bin/sh"
#define LOGIN	"/bin/login"

static char *const shell_env[] = {
	"PATH=/bin:/usr/bin:/sbin:/usr/sbin", "HOME=/", "TERM=minix", NULL
};

/* Standard input, output and error on the console. */
static void open_console(void)
{
	int fd = open(CONSOLE, O_RDWR);

	if (fd < 0)
		fd = open("/dev/null", O_RDWR);
	if (fd >= 0) {
		dup2(fd, 0);
		dup2(fd, 1);
		dup2(fd, 2);
		if (fd > 2)
			close(fd);
	}
}

static pid_t spawn(const char *path, char *const argv[])
{
	pid_t pid = fork();

	if (pid == 0) {
		signal(SIGINT, SIG_DFL);	/* init ignores them; its */
		signal(SIGQUIT, SIG_DFL);	/* children must not inherit that */
		setsid();
		open_console();
		execve(path, argv, shell_env);
		fprintf(stderr, "init: cannot run %s: %s\n", path,
			strerror(errno));
		_exit(127);
	}
	return pid;
}

static volatile sig_atomic_t scripts_due;	/* RS has woken us */

static void wake(int sig)
{
	(void) sig;
	scripts_due = 1;
}

/* A recovery script, as RS ran it before: its standard streams on the
 * console, which it does not get as a controlling terminal. */
static void spawn_script(const struct rs_script *job)
{
	char count[12];
	pid_t pid = fork();
	int fd;

	if (pid < 0)
		fprintf(stderr, "init: cannot run %s's recovery script: %s\n",
			job->rsc_label, strerror(errno));
	if (pid != 0)
		return;
	signal(SIGINT, SIG_DFL);
	signal(SIGQUIT, SIG_DFL);
	for (fd = 0; fd < 20; fd++)
		(void) close(fd);
	if (open(CONSOLE, O_RDWR) == 0) {
		(void) dup(0);
		(void) dup(0);
	}
	snprintf(count, sizeof(count), "%d", job->rsc_count);
	execl(SHELL, "sh", job->rsc_path, "restart", job->rsc_label,
		job->rsc_reason, count, (char *) NULL);
	_exit(127);
}

/* Start every recovery script RS has due. */
static void run_scripts(void)
{
	struct rs_script job;
	message m;

	scripts_due = 0;
	for (;;) {
		memset(&m, 0, sizeof(m));
		m.m_type = RS_SCRIPT_NEXT;
		m.m_rs_script_next.buf = (vir_bytes) &job;
		m.m_rs_script_next.len = sizeof(job);
		if (ipc_sendrec(RS_PROC_EP, &m) != 0 || m.m_type != 0)
			return;
		job.rsc_path[RS_PATH_LEN - 1] = '\0';
		job.rsc_label[RS_LABEL_LEN - 1] = '\0';
		job.rsc_reason[sizeof(job.rsc_reason) - 1] = '\0';
		spawn_script(&job);
	}
}

/* Wait for pid, reaping any orphan that ends meanwhile, and starting
 * the scripts RS wakes us for. */
static int wait_for(pid_t pid)
{
	int status;
	pid_t r;

	for (;;) {
		if (scripts_due)
			run_scripts();
		if ((r = wait(&status)) == pid)
			return status;
		if (r < 0 && errno == ECHILD)
			return -1;
	}
}

/* The kernel gives us the boot command line's settings as our
 * environment: init.rc=PATH runs PATH instead of /etc/rc. */
static const char *rc_path(void)
{
	const char *rc = getenv("init.rc");

	return rc != NULL ? rc : "/etc/rc";
}

/* init.login=yes (or 1): the console asks who is there. */
static int want_login(void)
{
	const char *v = getenv("init.login");

	return v != NULL && (strcmp(v, "yes") == 0 || strcmp(v, "1") == 0);
}

int main(void)
{
	char *rc[] = { SHELL, (char *) rc_path(), NULL };
	char *shell[] = { "-sh", NULL };	/* a leading - : a login shell */
	char *login[] = { "login", NULL };
	const char *prog = want_login() ? LOGIN : SHELL;
	char **argv = want_login() ? login : shell;
	time_t started;
	pid_t pid;
	int fd;

	signal(SIGINT, SIG_IGN);
	signal(SIGQUIT, SIG_IGN);
	signal(SIGUSR1, wake);
	if ((fd = open(_PATH_UTMPX, O_WRONLY | O_TRUNC)) >= 0)
		close(fd);		/* nobody is logged in at boot */
	if (access(rc[1], R_OK) == 0 && (pid = spawn(SHELL, rc)) > 0)
		(void) wait_for(pid);
	for (;;) {
		if (scripts_due)
			run_scripts();
		if (access(prog, X_OK) != 0) {
			while (wait(NULL) >= 0 || errno != ECHILD)
				;		/* nothing to run: reap */
			pause();
		}
		started = time(NULL);
		if ((pid = spawn(prog, argv)) < 0) {
			sleep(1);
			continue;
		}
		(void) wait_for(pid);
		if (time(NULL) - started < 1)
			sleep(1);	/* a shell that cannot start: slow down */
	}
}
