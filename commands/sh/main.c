/*
 * main.c - starting the shell: options, the environment, where
 * commands come from, terminal and job control; and leaving it.
 *
 *	sh [-eixuvfnC] -c string [name [arg...]]
 *	sh [-eixuvfnC] script [arg...]
 *	sh [-eixuvfnC] [-s [arg...]]
 *
 * A login shell (argv[0] starting with '-') first runs /etc/profile and
 * $HOME/.profile.
 *
 * Entry points: main, sh_exit, sh_abort, prompt_show.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "eval.h"
#include "expand.h"
#include "input.h"
#include "out.h"
#include "parse.h"
#include "sh.h"
#include "trap.h"
#include "var.h"

extern char **environ;

struct shell sh;

/* The terminal's process group when we started, given back at exit. */
static pid_t tty_owner;

void sh_exit(int status)
{
	sh.status = status;
	trap_run_exit();
	if (sh.jobctl && tty_owner > 0)
		tcsetpgrp(sh.ttyfd, tty_owner);
	_exit(status & 0xff);
}

void sh_abort(int status)
{
	sh.status = status;
	if (!sh.interactive)
		sh_exit(status);
	sh.skip = SKIP_ABORT;
}

/* The first time an interactive shell has shown PS1, it keeps the TSC
 * then in SH_PROMPT_TSC (not exported), so that make bench can time the
 * boot to the first prompt (/usr/tests/bootbench $SH_PROMPT_TSC): the
 * moment the prompt is out cannot be seen from outside the shell without
 * counting the idle time until someone types.  Under QEMU -icount the
 * TSC counts instructions since reset. */
static void note_first_prompt(void)
{
#if defined(__i386__) || defined(__x86_64__)
	static int noted;
	char buf[24];

	if (noted)
		return;
	noted = 1;
	snprintf(buf, sizeof(buf), "%llu",
		(unsigned long long) __builtin_ia32_rdtsc());
	var_set("SH_PROMPT_TSC", buf, 0);
#endif
}

/* PS1 and PS2 go through parameter expansion before being shown. */
void prompt_show(int which)
{
	const char *ps = var_get(which == 1 ? "PS1" : "PS2");
	struct arena_mark m = arena_mark(scratch);
	struct arena *a = arena_new();
	struct parser p;
	struct word *w;
	char *s = NULL;

	if (!ps)
		return;
	memset(&p, 0, sizeof(p));
	p.a = a;
	w = lex_string(&p, ps, strlen(ps), LM_HEREDOC);
	if (w && !p.error)
		s = expand_str(w);
	if (sh.skip == SKIP_ABORT)
		sh.skip = SKIP_NONE;
	out_str(2, s ? s : ps);
	arena_unref(a);
	arena_release(scratch, m);
	if (which == 1)
		note_first_prompt();
}

/* Makes the shell a process group of its own, owning the terminal. */
static void start_jobctl(void)
{
	int fd = fcntl(0, F_DUPFD, 10);
	pid_t pg;

	if (fd < 0)
		return;
	fcntl(fd, F_SETFD, FD_CLOEXEC);
	while ((pg = tcgetpgrp(fd)) >= 0 && pg != getpgrp())
		kill(-getpgrp(), SIGTTIN);
	if (pg < 0) {
		close(fd);
		return;
	}
	tty_owner = pg;
	sh.ttyfd = fd;
	sh.jobctl = 1;
	sh.opt[OPT_MONITOR] = 1;
	trap_interactive();
	setpgid(0, 0);
	sh.pgid = getpid();
	tcsetpgrp(fd, sh.pgid);
}

static void set_defaults(const char *argv0)
{
	char cwd[1024], pid[32];

	var_set("IFS", " \t\n", 0);
	if (!var_get("PATH"))
		var_set("PATH", DEFAULT_PATH, 0);
	if (!var_get("PS1"))
		var_set("PS1", getuid() == 0 ? "# " : "$ ", 0);
	if (!var_get("PS2"))
		var_set("PS2", "> ", 0);
	if (!var_get("PS4"))
		var_set("PS4", "+ ", 0);
	snprintf(pid, sizeof(pid), "%ld", (long) getppid());
	var_set("PPID", pid, 0);
	var_set("OPTIND", "1", 0);
	if (getcwd(cwd, sizeof(cwd)))
		var_set("PWD", cwd, V_EXPORT);
	sh.arg0 = (char *) argv0;
	params_set(0, NULL);
}

struct invocation {
	const char *command;	/* -c */
	int read_stdin;		/* -s, or no operands */
	int interactive;	/* -i */
};

/* The options before the operands; returns the first operand. */
static int parse_options(int argc, char **argv, struct invocation *inv)
{
	int i, on, o;
	const char *s;

	for (i = 1; i < argc; i++) {
		s = argv[i];
		if ((s[0] != '-' && s[0] != '+') || !s[1])
			break;
		if (strcmp(s, "--") == 0) {
			i++;
			break;
		}
		for (on = *s++ == '-'; *s; s++) {
			if (*s == 'c')
				inv->command = "";
			else if (*s == 's')
				inv->read_stdin = 1;
			else if (*s == 'i')
				inv->interactive = on;
			else if ((o = opt_by_letter(*s)) >= 0)
				sh.opt[o] = (char) on;
			else {
				sh_warn("-%c: unknown option", *s);
				exit(2);
			}
		}
	}
	return i;
}

/* sh script: the file, at a descriptor out of the way of commands. */
static struct input *open_script(const char *path)
{
	int fd = open(path, O_RDONLY), high;

	if (fd < 0) {
		sh_warn("%s: %s", path, strerror(errno));
		exit(errno == ENOENT ? 127 : 126);
	}
	high = fcntl(fd, F_DUPFD, 10);
	if (high >= 0) {
		close(fd);
		fd = high;
	}
	fcntl(fd, F_SETFD, FD_CLOEXEC);
	return input_fd(fd, 0);
}

static void run_profiles(void)
{
	const char *home = var_get("HOME");
	struct strbuf path;

	run_file("/etc/profile", 0);
	if (!home)
		return;
	sb_init(&path);
	sb_adds(&path, home);
	sb_adds(&path, "/.profile");
	run_file(path.s, 0);
	sb_free(&path);
}

/* Decides where commands come from and what $0 and $1... are. */
static struct input *choose_input(int argc, char **argv, int i,
	struct invocation *inv)
{
	if (inv->command) {
		if (i >= argc) {
			sh_warn("-c: needs a command string");
			exit(2);
		}
		inv->command = argv[i++];
		if (i < argc)
			sh.arg0 = argv[i++];
		params_set(argc - i, argv + i);
		return input_string(inv->command, strlen(inv->command));
	}
	if (!inv->read_stdin && i < argc) {
		sh.arg0 = argv[i];
		params_set(argc - i - 1, argv + i + 1);
		return open_script(argv[i]);
	}
	params_set(argc - i, argv + i);
	sh.interactive = inv->interactive > 0
		|| (inv->interactive < 0 && isatty(0) && isatty(2));
	return input_fd(0, sh.interactive);
}

int main(int argc, char **argv)
{
	struct invocation inv = { NULL, 0, -1 };
	struct input *in;
	int first;

	sh.rootpid = getpid();
	scratch = arena_new();
	trap_init();
	var_init(environ);
	set_defaults(argv[0]);
	first = parse_options(argc, argv, &inv);
	in = choose_input(argc, argv, first, &inv);
	if (inv.interactive > 0 && !sh.interactive)
		sh.interactive = 1;
	sh.opt[OPT_INTERACTIVE] = (char) sh.interactive;
	if (sh.interactive) {
		trap_interactive();
		start_jobctl();
	}
	if (argv[0][0] == '-')
		run_profiles();
	run_input(in, 1);
	sh_exit(sh.status);
}
