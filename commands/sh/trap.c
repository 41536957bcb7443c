/*
 * trap.c - what the shell does when signals arrive.
 *
 * Entry points: trap_init (note what was ignored when we started),
 * trap_interactive (ignore ^C and ^\ at the prompt), trap_set,
 * trap_run_pending (run trap commands at a safe point), trap_child
 * (dispositions of a forked child), trap_run_exit, sig_number/sig_name.
 *
 * A trapped signal only sets a flag; its command runs between commands,
 * or when a `wait` is interrupted.  An interactive shell catches ^C the
 * same way, without a trap: trap_interrupted() then drops the command
 * line being typed or run.
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include "eval.h"
#include "mem.h"
#include "out.h"
#include "sh.h"
#include "trap.h"

static char *actions[NSIG];	/* NULL: default, "": ignore */
static char *exit_action;
static volatile sig_atomic_t pending[NSIG];
static volatile sig_atomic_t any_pending;
static char ignored_at_entry[NSIG];
static volatile sig_atomic_t interrupted;
static int in_trap;

static const char *const sig_names[NSIG] = {
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

const char *sig_name(int sig)
{
	if (sig == 0)
		return "EXIT";
	return sig > 0 && sig < NSIG && sig_names[sig] ? sig_names[sig] : "?";
}

static int same_upper(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if ((*a >= 'a' && *a <= 'z' ? *a - 32 : *a) != *b)
			return 0;
	return *a == *b;
}

/* "INT", "SIGINT", "int", "2", "EXIT"; -1 if no such signal. */
int sig_number(const char *name)
{
	int sig;
	char *end;

	if (*name >= '0' && *name <= '9') {
		sig = (int) strtol(name, &end, 10);
		return *end || sig >= NSIG ? -1 : sig;
	}
	if (same_upper(name, "EXIT"))
		return 0;
	if ((name[0] | 32) == 's' && (name[1] | 32) == 'i'
	    && (name[2] | 32) == 'g')
		name += 3;
	for (sig = 1; sig < NSIG; sig++)
		if (sig_names[sig] && same_upper(name, sig_names[sig]))
			return sig;
	return -1;
}

static void on_signal(int sig)
{
	pending[sig] = 1;
	any_pending = 1;
}

static void on_interrupt(int sig)
{
	(void) sig;
	interrupted = 1;
}

/* Whether ^C came since the last call. */
int trap_interrupted(void)
{
	int was = interrupted;

	interrupted = 0;
	return was;
}

static void set_handler(int sig, void (*handler)(int))
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;	/* no SA_RESTART: wait must see EINTR */
	sigaction(sig, &sa, NULL);
}

void trap_init(void)
{
	struct sigaction sa;
	int sig;

	for (sig = 1; sig < NSIG; sig++)
		if (sigaction(sig, NULL, &sa) == 0 && sa.sa_handler == SIG_IGN)
			ignored_at_entry[sig] = 1;
	/* Ignored, children would be reaped before we could wait. */
	if (ignored_at_entry[SIGCHLD])
		set_handler(SIGCHLD, SIG_DFL);
}

/* The disposition of a signal without a trap. */
static void (*default_disposition(int sig))(int)
{
	if (ignored_at_entry[sig] && !sh.interactive)
		return SIG_IGN;
	if (sh.interactive && sig == SIGINT)
		return on_interrupt;
	if (sh.interactive && sig == SIGQUIT)
		return SIG_IGN;
	if (sh.jobctl && (sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU))
		return SIG_IGN;
	return SIG_DFL;
}

static const int shell_signals[] = {
	SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU
};

/* Applies default_disposition to the signals interactivity changes. */
void trap_interactive(void)
{
	size_t i;

	for (i = 0; i < sizeof(shell_signals) / sizeof(shell_signals[0]); i++)
		if (!actions[shell_signals[i]])
			set_handler(shell_signals[i],
				default_disposition(shell_signals[i]));
}

/* action NULL: back to the default; "": ignore; else a command. */
int trap_set(int sig, const char *action)
{
	if (sig == 0) {
		free(exit_action);
		exit_action = action ? xstrdup(action) : NULL;
		return 0;
	}
	if (sig == SIGKILL || sig == SIGSTOP) {
		sh_warn("trap: %s: cannot be trapped", sig_name(sig));
		return 1;
	}
	if (ignored_at_entry[sig] && !sh.interactive)
		return 0;
	free(actions[sig]);
	actions[sig] = action ? xstrdup(action) : NULL;
	set_handler(sig, !action ? default_disposition(sig)
		: *action ? on_signal : SIG_IGN);
	return 0;
}

static void run_action(const char *action)
{
	int status = sh.status;
	enum skip skip = sh.skip;

	in_trap++;
	sh.skip = SKIP_NONE;
	run_string(action);
	in_trap--;
	sh.status = status;
	if (sh.skip == SKIP_NONE)
		sh.skip = skip;
}

void trap_run_pending(void)
{
	int sig;

	if (!any_pending || in_trap)
		return;
	any_pending = 0;
	for (sig = 1; sig < NSIG; sig++) {
		if (!pending[sig])
			continue;
		pending[sig] = 0;
		if (actions[sig] && *actions[sig])
			run_action(actions[sig]);
	}
}

/* The signal of a trap waiting to run, or 0. */
int trap_pending(void)
{
	int sig;

	for (sig = 1; sig < NSIG; sig++)
		if (pending[sig] && actions[sig] && *actions[sig])
			return sig;
	return 0;
}

/* A forked child keeps ignored signals; trap commands are not its. */
void trap_child(int bg_without_jobctl)
{
	int sig;

	for (sig = 1; sig < NSIG; sig++) {
		if (actions[sig] && *actions[sig]) {
			free(actions[sig]);
			actions[sig] = NULL;
			set_handler(sig, SIG_DFL);
		}
	}
	free(exit_action);
	exit_action = NULL;
	trap_interactive();
	if (bg_without_jobctl) {
		set_handler(SIGINT, SIG_IGN);
		set_handler(SIGQUIT, SIG_IGN);
	}
}

int trap_has_exit(void)
{
	return exit_action != NULL;
}

void trap_run_exit(void)
{
	char *action = exit_action;

	if (!action)
		return;
	exit_action = NULL;
	run_action(action);
	free(action);
}

static void print_one(const char *action, int sig)
{
	struct strbuf b;

	sb_init(&b);
	sb_adds(&b, "trap -- ");
	sb_quote(&b, action);
	sb_addc(&b, ' ');
	sb_adds(&b, sig_name(sig));
	sb_addc(&b, '\n');
	out_write(1, b.s, b.len);
	sb_free(&b);
}

void trap_print(void)
{
	int sig;

	if (exit_action)
		print_one(exit_action, 0);
	for (sig = 1; sig < NSIG; sig++)
		if (actions[sig])
			print_one(actions[sig], sig);
}
