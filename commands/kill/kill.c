/*
 * kill - send a signal to processes.
 *
 *	kill [-s name | -name | -number] pid ...
 *	kill -l [exit_status]
 *
 * The default signal is TERM.  Names may carry a SIG prefix and any
 * case.  -l lists the names, or names the signal an exit status (or
 * a number) stands for.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <errno.h>
#include <signal.h>

static const char *const names[] = {
	[SIGHUP] = "HUP", [SIGINT] = "INT", [SIGQUIT] = "QUIT",
	[SIGILL] = "ILL", [SIGTRAP] = "TRAP", [SIGABRT] = "ABRT",
	[SIGBUS] = "BUS", [SIGFPE] = "FPE", [SIGKILL] = "KILL",
	[SIGUSR1] = "USR1", [SIGSEGV] = "SEGV", [SIGUSR2] = "USR2",
	[SIGPIPE] = "PIPE", [SIGALRM] = "ALRM", [SIGTERM] = "TERM",
	[SIGCHLD] = "CHLD", [SIGCONT] = "CONT", [SIGSTOP] = "STOP",
	[SIGTSTP] = "TSTP", [SIGTTIN] = "TTIN", [SIGTTOU] = "TTOU",
	[SIGURG] = "URG", [SIGXCPU] = "XCPU", [SIGXFSZ] = "XFSZ",
	[SIGVTALRM] = "VTALRM", [SIGPROF] = "PROF", [SIGWINCH] = "WINCH",
	[SIGSYS] = "SYS",
};
#define NNAMES	(sizeof(names) / sizeof(names[0]))

static void usage(void)
{
	fputs("usage: kill [-s signal | -signal] pid ...\n"
	    "       kill -l [exit_status]\n", stderr);
	exit(1);
}

/* A decimal number, or -1 if s is not one. */
static long number(const char *s)
{
	char *end;
	long v;

	if (!isdigit((unsigned char) *s))
		return -1;
	v = strtol(s, &end, 10);
	return *end == '\0' ? v : -1;
}

/* The signal a name ("TERM", "sigterm") or number ("15", "0") stands
 * for, or -1. */
static int signal_of(const char *s)
{
	char upper[16];
	long n = number(s);
	size_t i;

	if (n >= 0)
		return n < NSIG ? (int) n : -1;
	for (i = 0; s[i] != '\0' && i + 1 < sizeof(upper); i++)
		upper[i] = (char) toupper((unsigned char) s[i]);
	upper[i] = '\0';
	s = strncmp(upper, "SIG", 3) == 0 ? upper + 3 : upper;
	for (i = 1; i < NNAMES; i++)
		if (names[i] != NULL && strcmp(s, names[i]) == 0)
			return (int) i;
	return -1;
}

/* kill -l: every name, or the one an exit status or number names. */
static int list(const char *arg)
{
	long n;
	size_t i;
	int col = 0;

	if (arg == NULL) {
		for (i = 1; i < NNAMES; i++)
			if (names[i] != NULL)
				printf(col++ ? " %s" : "%s", names[i]);
		putchar('\n');
		return 0;
	}
	n = number(arg);
	if (n > 128)
		n -= 128;
	if (n <= 0 || n >= (long) NNAMES || names[n] == NULL) {
		fprintf(stderr, "kill: %s: invalid signal\n", arg);
		return 1;
	}
	puts(names[n]);
	return 0;
}

/* Sends sig to each pid; answers the exit status. */
static int send_all(int sig, char **pids)
{
	char *end;
	long pid;
	int status = 0;

	for (; *pids != NULL; pids++) {
		pid = strtol(*pids, &end, 10);
		if (**pids == '\0' || *end != '\0') {
			fprintf(stderr, "kill: %s: not a process id\n", *pids);
			status = 1;
		} else if (kill((pid_t) pid, sig) < 0) {
			fprintf(stderr, "kill: %s: %s\n", *pids,
			    strerror(errno));
			status = 1;
		}
	}
	return status;
}

int main(int argc, char **argv)
{
	int sig = SIGTERM;
	char **arg = argv + 1;
	const char *name = NULL;

	(void) argc;
	if (*arg != NULL && strcmp(*arg, "-l") == 0)
		return arg[1] != NULL && arg[2] != NULL ? (usage(), 1) :
		    list(arg[1]);
	if (*arg != NULL && strcmp(*arg, "-s") == 0) {
		name = arg[1];
		if (name == NULL)
			usage();
		arg += 2;
	} else if (*arg != NULL && (*arg)[0] == '-' && (*arg)[1] != '\0' &&
	    strcmp(*arg, "--") != 0) {
		name = *arg + 1;
		arg++;
	}
	if (*arg != NULL && strcmp(*arg, "--") == 0)
		arg++;
	if (name != NULL && (sig = signal_of(name)) < 0) {
		fprintf(stderr, "kill: %s: invalid signal\n", name);
		usage();
	}
	if (*arg == NULL)
		usage();
	return send_all(sig, arg);
}
