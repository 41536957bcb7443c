/*
 * bi_job.c - builtins about jobs and signals: wait jobs fg bg kill trap.
 */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include "builtin.h"
#include "jobs.h"
#include "mem.h"
#include "out.h"
#include "trap.h"

static int is_number(const char *s)
{
	return *s && strspn(s, "0123456789") == strlen(s);
}

/* wait [pid | %n ...]: the status of the last one named. */
int bi_wait(int argc, char **argv)
{
	int i, status = 0;

	if (argc == 1)
		return jobs_wait_all();
	for (i = 1; i < argc; i++) {
		if (argv[i][0] == '%')
			status = jobs_wait_spec(argv[i]);
		else if (is_number(argv[i]))
			status = jobs_wait_pid((pid_t) atol(argv[i]));
		else {
			sh_warn("wait: %s: bad process id", argv[i]);
			status = 2;
		}
		if (status > 128 && trap_pending())
			break;
	}
	return status;
}

int bi_jobs(int argc, char **argv)
{
	(void) argc;
	(void) argv;
	return jobs_list();
}

int bi_fg(int argc, char **argv)
{
	return jobs_fg(argc > 1 ? argv[1] : NULL);
}

int bi_bg(int argc, char **argv)
{
	return jobs_bg(argc > 1 ? argv[1] : NULL);
}

/* kill -l [status]: signal names. */
static int list_signals(int argc, char **argv)
{
	struct strbuf b;
	int sig;

	if (argc > 2) {
		sig = atoi(argv[2]);
		out_fmt(1, "%s\n", sig_name(sig > 128 ? sig - 128 : sig));
		return 0;
	}
	sb_init(&b);
	for (sig = 1; sig < NSIG; sig++) {
		if (strcmp(sig_name(sig), "?") == 0)
			continue;
		if (b.len)
			sb_addc(&b, ' ');
		sb_adds(&b, sig_name(sig));
	}
	sb_addc(&b, '\n');
	out_write(1, b.s, b.len);
	sb_free(&b);
	return 0;
}

/* Which signal the options name; *i moves past them. */
static int kill_signal(int argc, char **argv, int *i)
{
	const char *s = argv[1];

	if (s[0] != '-' || !s[1])
		return SIGTERM;
	(*i)++;
	if (strcmp(s, "-s") == 0 || strcmp(s, "-n") == 0) {
		if (argc < 3)
			return -1;
		(*i)++;
		return sig_number(argv[2]);
	}
	if (strcmp(s, "--") == 0)
		return SIGTERM;
	return sig_number(s + 1);
}

int bi_kill(int argc, char **argv)
{
	int i = 1, sig, status = 0, r;

	if (argc < 2) {
		sh_warn("kill: usage: kill [-s sig | -sig] pid|%%job...");
		return 2;
	}
	if (strcmp(argv[1], "-l") == 0)
		return list_signals(argc, argv);
	if ((sig = kill_signal(argc, argv, &i)) < 0) {
		sh_warn("kill: %s: bad signal", argv[i - 1]);
		return 2;
	}
	for (; i < argc; i++) {
		if (argv[i][0] == '%')
			r = jobs_kill(argv[i], sig);
		else if (is_number(argv[i])
		    || (argv[i][0] == '-' && is_number(argv[i] + 1)))
			r = kill((pid_t) atol(argv[i]), sig);
		else {
			sh_warn("kill: %s: bad process id", argv[i]);
			status = 2;
			continue;
		}
		if (r < 0) {
			sh_warn("kill: %s: %s", argv[i], strerror(errno));
			status = 1;
		}
	}
	return status;
}

/* trap [action condition...]: "-" resets, "" ignores. */
int bi_trap(int argc, char **argv)
{
	const char *action;
	int i = 1, sig, status = 0;

	if (argc == 1) {
		trap_print();
		return 0;
	}
	if (strcmp(argv[1], "--") == 0 && ++i == argc) {
		trap_print();
		return 0;
	}
	action = argv[i];
	if (i + 1 == argc || is_number(action))
		action = "-";
	else
		i++;
	for (; i < argc; i++) {
		if ((sig = sig_number(argv[i])) < 0) {
			sh_warn("trap: %s: bad trap", argv[i]);
			status = 1;
			continue;
		}
		if (trap_set(sig, strcmp(action, "-") != 0 ? action : NULL))
			status = 1;
	}
	return status;
}
