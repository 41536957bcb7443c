/*
 * exec.c - running the compiled script: read a line into the pattern
 * space, apply each command whose address matches, print the pattern
 * space unless -n, and go on with the next line.  Entry point:
 * run_script().
 *
 * The input is every file in turn, as one stream; one line is read
 * ahead so that $ knows the last line when it sees it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include "sed.h"

struct input {
	char **files;
	int nfiles, next_file;
	FILE *f;
	struct buf ahead;	/* the next line, if has_ahead */
	int has_ahead;
};

static struct input in;
static struct buf ps, hold;		/* pattern and hold spaces */
static struct buf appended;		/* a and r text for the cycle's end */
static long long lineno;
static regex_t *last_re;
static int replaced;			/* for t */
static int status;

/* Opens the next input file; 0 when there is none left. */
static int open_next(void)
{
	const char *name;

	while (in.next_file < in.nfiles) {
		name = in.files[in.next_file++];
		if (strcmp(name, "-") == 0) {
			in.f = stdin;
			return 1;
		}
		if ((in.f = fopen(name, "r")) != NULL)
			return 1;
		fprintf(stderr, "sed: %s: %s\n", name, strerror(errno));
		status = 2;
	}
	return 0;
}

/* Reads the line after the current one into in.ahead, if any. */
static void read_ahead(void)
{
	static char *line;
	static size_t cap;
	ssize_t len;

	in.has_ahead = 0;
	while (in.f != NULL || open_next()) {
		len = getline(&line, &cap, in.f);
		if (len >= 0) {
			if (len > 0 && line[len - 1] == '\n')
				len--;
			buf_set(&in.ahead, line, (size_t) len);
			in.has_ahead = 1;
			return;
		}
		if (ferror(in.f)) {
			fprintf(stderr, "sed: %s: %s\n",
			    in.files[in.next_file - 1], strerror(errno));
			status = 2;
		}
		if (in.f != stdin)
			fclose(in.f);
		in.f = NULL;
	}
}

/* Moves the read-ahead line into b (replacing or, with sep, appending). */
static int next_line(struct buf *b, int append)
{
	if (!in.has_ahead)
		return 0;
	if (append)
		buf_add(b, "\n", 1);
	else
		b->len = 0;
	buf_add(b, in.ahead.s, in.ahead.len);
	lineno++;
	replaced = 0;
	read_ahead();
	return 1;
}

static void print_space(const struct buf *b, size_t len)
{
	fwrite(b->s, 1, len, stdout);
	putchar('\n');
}

/* The regex to use, remembering it for an empty one later. */
static regex_t *use_re(regex_t *re)
{
	if (re == NULL)
		re = last_re;
	if (re == NULL)
		fatal("no previous regular expression");
	last_re = re;
	return re;
}

static int addr_match(const struct addr *a)
{
	switch (a->type) {
	case A_LINE:
		return lineno == a->line;
	case A_LAST:
		return !in.has_ahead;
	case A_REGEX:
		return regexec(use_re(a->re), ps.s, 0, NULL, 0) == 0;
	default:
		return 1;
	}
}

/* Whether c applies to this line; keeps the state of a range. */
static int selects(struct cmd *c)
{
	if (c->a2.type == A_NONE)
		return addr_match(&c->a1);
	if (c->in_range) {
		if (c->a2.type == A_LINE ? lineno >= c->a2.line :
		    addr_match(&c->a2))
			c->in_range = 0;
		return 1;
	}
	if (!addr_match(&c->a1))
		return 0;
	c->in_range = !(c->a2.type == A_LINE && c->a2.line <= lineno);
	return 1;
}

static void swap_spaces(void)
{
	struct buf t = ps;

	ps = hold;
	hold = t;
	if (ps.s == NULL)
		buf_set(&ps, "", 0);
}

/* What a command tells the cycle to do next. */
enum flow { F_NEXT, F_JUMP, F_END, F_DELETE, F_RESTART, F_QUIT };

/* Commands that only move text between the spaces and the output. */
static void run_simple(const struct cmd *c)
{
	const char *nl;

	switch (c->name) {
	case '=': printf("%lld\n", lineno); break;
	case 'a': buf_add(&appended, c->text, strlen(c->text));
		buf_add(&appended, "\n", 1); break;
	case 'i': printf("%s\n", c->text); break;
	case 'g': buf_set(&ps, hold.s ? hold.s : "", hold.len); break;
	case 'G': buf_add(&ps, "\n", 1);
		buf_add(&ps, hold.s ? hold.s : "", hold.len); break;
	case 'h': buf_set(&hold, ps.s, ps.len); break;
	case 'H': buf_add(&hold, "\n", 1); buf_add(&hold, ps.s, ps.len);
		break;
	case 'x': swap_spaces(); break;
	case 'p': print_space(&ps, ps.len); break;
	case 'P': nl = memchr(ps.s, '\n', ps.len);
		print_space(&ps, nl ? (size_t) (nl - ps.s) : ps.len); break;
	case 'y': for (size_t i = 0; i < ps.len; i++)
			ps.s[i] = (char) c->map[(unsigned char) ps.s[i]];
		break;
	}
}

/* D: without a newline it is d; else drop the first line and start
 * again without reading. */
static enum flow delete_first_line(void)
{
	char *nl = memchr(ps.s, '\n', ps.len);

	if (nl == NULL)
		return F_DELETE;
	buf_set(&ps, nl + 1, ps.len - (size_t) (nl + 1 - ps.s));
	return F_RESTART;
}

static enum flow run_command(struct cmd *c)
{
	switch (c->name) {
	case '{': case '}': case ':':
		return F_NEXT;
	case 'b':
		return F_JUMP;
	case 't':
		if (!replaced)
			return F_NEXT;
		replaced = 0;
		return F_JUMP;
	case 'c':
		if (!c->in_range)
			printf("%s\n", c->text);
		return F_DELETE;
	case 'd':
		return F_DELETE;
	case 'D':
		return delete_first_line();
	case 'n':
		if (!in.has_ahead)
			return F_QUIT;
		if (!opt_quiet)
			print_space(&ps, ps.len);
		next_line(&ps, 0);
		return F_NEXT;
	case 'N':
		return next_line(&ps, 1) ? F_NEXT : F_QUIT;
	case 'q':
		return F_QUIT;
	case 's':
		if (substitute(c, use_re(c->re), &ps)) {
			replaced = 1;
			if (c->print)
				print_space(&ps, ps.len);
		}
		return F_NEXT;
	default:
		run_simple(c);
		return F_NEXT;
	}
}

/* Runs the commands over the pattern space once. */
static enum flow run_cycle(struct script *sc, int *exit_code)
{
	struct cmd *c;
	enum flow f;
	size_t pc = 0;

	while (pc < sc->n) {
		c = &sc->cmds[pc];
		if (selects(c) == c->negate) {
			pc = c->name == '{' ? c->jump : pc + 1;
			continue;
		}
		f = run_command(c);
		if (f == F_QUIT)
			*exit_code = c->exit_code;
		if (f == F_JUMP)
			pc = c->jump;
		else if (f != F_NEXT)
			return f;
		else
			pc++;
	}
	return F_END;
}

static void end_cycle(int print)
{
	if (print && !opt_quiet)
		print_space(&ps, ps.len);
	fwrite(appended.s, 1, appended.len, stdout);
	appended.len = 0;
}

int run_script(struct script *sc, char **files, int nfiles)
{
	static char *std_in[] = { "-" };
	enum flow f = F_END;
	int exit_code = 0;

	in.files = nfiles > 0 ? files : std_in;
	in.nfiles = nfiles > 0 ? nfiles : 1;
	buf_set(&ps, "", 0);
	buf_set(&appended, "", 0);
	read_ahead();
	while (f == F_RESTART || next_line(&ps, 0)) {
		f = run_cycle(sc, &exit_code);
		end_cycle(f != F_DELETE && f != F_RESTART);
		if (f == F_QUIT)
			return exit_code ? exit_code : status;
	}
	return status;
}
