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

/* Wait for pid, reaping any orphan that ends meanwhile. */
static int wait_for(pid_t pid)
{
	int status;
	pid_t r;

	while ((r = wait(&status)) != pid)
		if (r < 0 && errno == ECHILD)
			return -1;
	return status;
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
	if ((fd = open(_PATH_UTMPX, O_WRONLY | O_TRUNC)) >= 0)
		close(fd);		/* nobody is logged in at boot */
	if (access(rc[1], R_OK) == 0 && (pid = spawn(SHELL, rc)) > 0)
		(void) wait_for(pid);
	for (;;) {
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
