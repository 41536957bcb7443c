/*
 * run.c - the read-parse-run loop, over any input: the shell's own,
 * a `.` file, an eval string, a trap action.
 *
 * Entry points: run_input, run_string, run_file.
 *
 * Each command line is parsed into an arena of its own, freed once it
 * has run (unless a function defined in it keeps it).
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include "eval.h"
#include "input.h"
#include "jobs.h"
#include "out.h"
#include "parse.h"
#include "sh.h"
#include "trap.h"

/* A syntax error: a script ends, a terminal user tries again. */
static int syntax_failed(int toplevel)
{
	sh.status = 2;
	if (!sh.interactive)
		sh_exit(2);
	return toplevel;
}

static void run_tree(struct node *n, struct arena *a, struct input *in)
{
	struct arena *outer = sh.arena;

	if (sh.opt[OPT_VERBOSE])
		out_write(2, in->rec.s, in->rec.len);
	if (sh.opt[OPT_NOEXEC])
		return;
	sh.arena = a;
	eval(n, 0);
	sh.arena = outer;
}

/* Runs commands until the input ends; returns the last status. */
int run_input(struct input *in, int toplevel)
{
	enum parse_result res;
	struct arena *a;
	struct node *n;
	int status = 0;

	for (;;) {
		if (toplevel && sh.interactive) {
			jobs_notify();
			in_set_prompt(1);
			trap_interrupted();	/* a ^C already dealt with */
		}
		a = arena_new();
		n = parse_line(in, a, &res);
		in_sync(in);
		if (res == PARSE_OK) {
			run_tree(n, a, in);
			status = sh.status;
		}
		arena_unref(a);
		if (res == PARSE_EOF
		    || (res == PARSE_ERROR && !syntax_failed(toplevel)))
			break;
		if (res == PARSE_ERROR)
			status = 2;
		if (res == PARSE_INTERRUPT) {
			out_str(2, "\n");
			sh.status = status = 130;
		}
		if (sh.skip == SKIP_ABORT && toplevel)
			sh.skip = SKIP_NONE;
		if (sh.skip)
			break;
	}
	return res == PARSE_ERROR ? 2 : status;
}

int run_string(const char *s)
{
	struct input *in = input_string(s, strlen(s));
	int status = run_input(in, 0);

	input_free(in);
	return status;
}

/* `.`: runs a file in this shell; 127 and a message if it is missing. */
int run_file(const char *path, int must_exist)
{
	struct input *in;
	int fd = open(path, O_RDONLY), status;

	if (fd < 0) {
		if (!must_exist)
			return 0;
		sh_warn("%s: %s", path, strerror(errno));
		return 127;
	}
	if (fd < 10) {
		int high = fcntl(fd, F_DUPFD, 10);
		close(fd);
		fd = high;
	}
	fcntl(fd, F_SETFD, FD_CLOEXEC);
	in = input_fd(fd, 0);
	sh.dotnest++;
	status = run_input(in, 0);
	sh.dotnest--;
	if (sh.skip == SKIP_RETURN) {
		sh.skip = SKIP_NONE;
		status = sh.status;
	}
	input_free(in);
	close(fd);
	return status;
}
