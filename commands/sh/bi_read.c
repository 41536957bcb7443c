/*
 * bi_read.c - read [-r] [-p prompt] [name...].
 *
 * Reads one line a byte at a time (so that nothing after it is taken
 * from a shared input), then splits it by IFS into the names, the last
 * one taking the rest of the line.  Without -r a backslash quotes the
 * next character and a backslash-newline continues the line.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "builtin.h"
#include "mem.h"
#include "out.h"
#include "sh.h"
#include "trap.h"
#include "var.h"

struct line {
	struct strbuf text;
	struct strbuf quoted;	/* '1' where the character was escaped */
};

static void add(struct line *l, int c, int quoted)
{
	sb_addc(&l->text, c);
	sb_addc(&l->quoted, quoted ? '1' : '0');
}

/* 0 for a whole line, 1 at end of input, 128+sig when interrupted. */
static int read_line(struct line *l, int raw)
{
	int escaped = 0, sig;
	char c;
	ssize_t r;

	for (;;) {
		r = read(0, &c, 1);
		if (r < 0 && errno == EINTR) {
			if ((sig = trap_pending()) != 0)
				return 128 + sig;
			if (sh.interactive && trap_interrupted()) {
				out_str(2, "\n");
				sh_abort(130);
				return 130;
			}
			continue;
		}
		if (r <= 0)
			return 1;
		if (escaped) {
			if (c != '\n')
				add(l, c, 1);
			escaped = 0;
		} else if (c == '\\' && !raw)
			escaped = 1;
		else if (c == '\n')
			return 0;
		else
			add(l, c, 0);
	}
}

static int is_ifs(struct line *l, size_t i, const char *ifs)
{
	return l->quoted.s[i] == '0' && strchr(ifs, l->text.s[i])
		&& l->text.s[i] != '\0';
}

static int is_ifs_white(struct line *l, size_t i, const char *ifs)
{
	char c = l->text.s[i];

	return is_ifs(l, i, ifs) && (c == ' ' || c == '\t' || c == '\n');
}

/* After a field: white space, at most one other IFS char, white space. */
static size_t skip_delim(struct line *l, size_t i, const char *ifs)
{
	while (i < l->text.len && is_ifs_white(l, i, ifs))
		i++;
	if (i < l->text.len && is_ifs(l, i, ifs) && !is_ifs_white(l, i, ifs)) {
		i++;
		while (i < l->text.len && is_ifs_white(l, i, ifs))
			i++;
	}
	return i;
}

static int assign(const char *name, const char *s, size_t n)
{
	char *v = arena_strndup(scratch, s, n);

	return var_set(name, v, 0);
}

static int split_into(struct line *l, char **names, int n)
{
	const char *ifs = var_ifs();
	size_t i = 0, start, end;
	int k, status = 0;

	while (i < l->text.len && is_ifs_white(l, i, ifs))
		i++;
	for (k = 0; k < n; k++) {
		start = i;
		if (k == n - 1) {
			end = l->text.len;
			while (end > start && is_ifs_white(l, end - 1, ifs))
				end--;
		} else {
			while (i < l->text.len && !is_ifs(l, i, ifs))
				i++;
			end = i;
			i = skip_delim(l, i, ifs);
		}
		if (assign(names[k], l->text.s + start, end - start) < 0)
			status = 2;
	}
	return status;
}

int bi_read(int argc, char **argv)
{
	static char *reply[] = { "REPLY", NULL };
	struct arena_mark m = arena_mark(scratch);
	int i = 1, raw = 0, status;
	struct line l;

	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (strcmp(argv[i], "-r") == 0)
			raw = 1;
		else if (strcmp(argv[i], "-p") == 0 && i + 1 < argc)
			out_str(2, argv[++i]);
		else if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		} else {
			sh_warn("read: %s: bad option", argv[i]);
			return 2;
		}
	}
	sb_init(&l.text);
	sb_init(&l.quoted);
	status = read_line(&l, raw);
	if (status <= 1 && split_into(&l, i < argc ? argv + i : reply,
	    i < argc ? argc - i : 1) != 0)
		status = 2;
	sb_free(&l.text);
	sb_free(&l.quoted);
	arena_release(scratch, m);
	return status;
}
