/*
 * login - begin a session at a terminal.
 *
 *	login [user]
 *
 * Asks for the user's name (unless it is given) and password (read
 * unechoed, checked against /etc/shadow; a user without one is not
 * asked), then shows /etc/motd and starts the user's shell as a login
 * shell, in the home folder, with HOME, SHELL, USER, LOGNAME, PATH and
 * TERM set.  The terminal belongs to the user while the session lasts.
 * login waits for the shell: the session is in /var/run/utmp (who and
 * uptime read it) until it ends.  After three wrong tries login gives
 * up (init, which runs it on the console, starts another).  Only root
 * may run it.  Supplementary groups are not set: PM keeps none yet.
 */
#include <errno.h>
#include <pwd.h>
#include <shadow.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utmpx.h>

#define TRIES		3
#define DEFAULT_PATH	"/bin:/usr/bin:/sbin:/usr/sbin"
#define DEFAULT_SHELL	"/bin/sh"
#define MOTD		"/etc/motd"

/* The name typed at "login: ", or NULL at the end of the input. */
static char *ask_name(void)
{
	static char name[64];

	do {
		fputs("login: ", stdout);
		fflush(stdout);
		if (fgets(name, sizeof(name), stdin) == NULL)
			return NULL;
		name[strcspn(name, "\r\n")] = '\0';
	} while (name[0] == '\0');
	return name;
}

/* name's entry if the password typed is name's, else NULL.  One is
 * asked for even if no such user exists, so as not to tell which
 * names are real. */
static struct passwd *authenticate(const char *name)
{
	struct passwd *pw = getpwnam(name);
	struct spwd *sp = pw != NULL ? getspnam(name) : NULL;
	const char *hash = sp != NULL ? sp->sp_pwdp : pw != NULL ?
	    pw->pw_passwd : "*", *h;
	char *typed;
	int ok;

	if (pw != NULL && hash[0] == '\0')
		return pw;
	typed = getpass("Password: ");
	h = crypt(typed, hash);
	ok = pw != NULL && h != NULL && strcmp(h, hash) == 0;
	memset(typed, 0, strlen(typed));
	return ok ? pw : NULL;
}

static void show_motd(void)
{
	FILE *f = fopen(MOTD, "r");
	int c;

	if (f == NULL)
		return;
	while ((c = getc(f)) != EOF)
		putchar(c);
	fclose(f);
	fflush(stdout);
}

/* The session's entry in utmp: alive (USER_PROCESS) or ended. */
static void record(const struct passwd *pw, const char *line, pid_t pid,
    int alive)
{
	struct utmpx u;
	struct timeval tv;
	size_t len = strlen(line);

	memset(&u, 0, sizeof(u));
	if (alive)
		strncpy(u.ut_user, pw->pw_name, sizeof(u.ut_user));
	strncpy(u.ut_line, line, sizeof(u.ut_line));
	strncpy(u.ut_id, line + (len > sizeof(u.ut_id) ? len -
	    sizeof(u.ut_id) : 0), sizeof(u.ut_id));
	u.ut_pid = pid;
	u.ut_type = alive ? USER_PROCESS : DEAD_PROCESS;
	gettimeofday(&tv, NULL);
	u.ut_tv = tv;
	if (pututxline(&u) == NULL)
		perror("login: " _PATH_UTMPX);
	endutxent();
}

/* In the child: become the user and run the shell as a login shell. */
static void start_shell(const struct passwd *pw)
{
	static char *empty[] = { NULL };
	const char *shell = pw->pw_shell[0] != '\0' ? pw->pw_shell :
	    DEFAULT_SHELL, *base = strrchr(shell, '/');
	char *term = getenv("TERM"), argv0[64];

	if (setgid(pw->pw_gid) < 0 || setuid(pw->pw_uid) < 0) {
		perror("login: cannot become the user");
		_exit(1);
	}
	if (chdir(pw->pw_dir) < 0) {
		fprintf(stderr, "login: %s: %s; starting in /\n", pw->pw_dir,
		    strerror(errno));
		(void) chdir("/");
	}
	if (term != NULL)
		term = strdup(term);
	environ = empty;
	setenv("HOME", pw->pw_dir, 1);
	setenv("SHELL", shell, 1);
	setenv("USER", pw->pw_name, 1);
	setenv("LOGNAME", pw->pw_name, 1);
	setenv("PATH", DEFAULT_PATH, 1);
	if (term != NULL)
		setenv("TERM", term, 1);
	signal(SIGINT, SIG_DFL);
	signal(SIGQUIT, SIG_DFL);
	snprintf(argv0, sizeof(argv0), "-%s", base != NULL ? base + 1 : shell);
	execl(shell, argv0, (char *) NULL);
	fprintf(stderr, "login: %s: %s\n", shell, strerror(errno));
	_exit(1);
}

/* The session: the terminal given to the user, the shell run and
 * waited for, then all put back.  The shell's status. */
static int session(const struct passwd *pw)
{
	const char *tty = ttyname(0);
	const char *line = tty == NULL ? "?" : strncmp(tty, "/dev/", 5) == 0 ?
	    tty + 5 : tty;
	struct stat before;
	int have_tty = tty != NULL && stat(tty, &before) == 0, st = 0;
	pid_t pid;

	if (have_tty && (chown(tty, pw->pw_uid, pw->pw_gid) < 0 ||
	    chmod(tty, 0620) < 0))
		perror("login: the terminal");
	show_motd();
	if ((pid = fork()) < 0) {
		perror("login");
		return 1;
	}
	if (pid == 0)
		start_shell(pw);
	record(pw, line, pid, 1);
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	record(pw, line, pid, 0);
	if (have_tty) {
		(void) chown(tty, before.st_uid, before.st_gid);
		(void) chmod(tty, before.st_mode & 07777);
	}
	return WIFEXITED(st) ? WEXITSTATUS(st) : 1;
}

int main(int argc, char **argv)
{
	struct passwd *pw = NULL;
	const char *name = argc > 1 ? argv[1] : NULL;

	if (argc > 2 || (name != NULL && name[0] == '-')) {
		fputs("usage: login [user]\n", stderr);
		return 1;
	}
	if (geteuid() != 0) {
		fputs("login: only root may start a session\n", stderr);
		return 1;
	}
	signal(SIGINT, SIG_IGN);
	signal(SIGQUIT, SIG_IGN);
	for (int tries = 0; tries < TRIES && pw == NULL; tries++) {
		if (tries > 0 || name == NULL)
			name = ask_name();
		if (name == NULL)
			return 1;
		if ((pw = authenticate(name)) == NULL) {
			puts("Login incorrect");
			sleep(1);
		}
	}
	if (pw == NULL)
		return 1;
	return session(pw);
}
