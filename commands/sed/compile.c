/*
 * compile.c - sed's script text to an array of commands.
 *
 * A command is [address[,address]][!]letter[arguments], ended by a
 * newline, ';' or '}'.  Addresses are line numbers, $ or /re/ (\cREc
 * for another delimiter).  Entry point: compile_script(), which exits
 * with a message on the first error.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include "sed.h"

#define MAX_DEPTH	64

struct parser {
	const char *p;
	struct script *sc;
	size_t open[MAX_DEPTH];		/* the { commands not yet closed */
	int depth;
};

static void skip_blanks(struct parser *ps)
{
	while (*ps->p == ' ' || *ps->p == '\t')
		ps->p++;
}

/* Copies a bracket expression at p (just after its '[') into out. */
static const char *copy_bracket(const char *p, struct buf *out)
{
	const char *start = p;

	if (*p == '^')
		p++;
	if (*p == ']')
		p++;
	while (*p != '\0' && *p != ']') {
		if (p[0] == '[' && (p[1] == ':' || p[1] == '.' || p[1] == '=')) {
			const char *end = strchr(p + 2, p[1]);

			while (end != NULL && end[1] != ']')
				end = strchr(end + 1, p[1]);
			p = end != NULL ? end + 2 : p + 1;
		} else
			p++;
	}
	if (*p == ']')
		p++;
	buf_add(out, start, (size_t) (p - start));
	return p;
}

/*
 * Reads up to the next unescaped delim, after which ps->p is left.
 * "\delim" becomes delim.  In a regex, "\n" becomes a newline and a
 * bracket expression may hold delim; elsewhere escapes stay for later.
 */
static char *read_delimited(struct parser *ps, char delim, int regex,
    const char *what)
{
	struct buf out = { NULL, 0, 0 };
	const char *p = ps->p;

	buf_add(&out, "", 0);
	for (; *p != delim; p++) {
		if (*p == '\0' || (*p == '\n' && regex))
			fatal("unterminated %s", what);
		if (regex && *p == '[') {
			buf_add(&out, p, 1);
			p = copy_bracket(p + 1, &out) - 1;
		} else if (*p == '\\' && p[1] == delim)
			buf_add(&out, ++p, 1);
		else if (*p == '\\' && p[1] == 'n' && regex)
			buf_add(&out, (p++, "\n"), 1);
		else if (*p == '\\' && p[1] != '\0')
			buf_add(&out, p++, 2);
		else
			buf_add(&out, p, 1);
	}
	ps->p = p + 1;
	return out.s;
}

/* Compiles a regex; the empty one stands for the last one used (NULL). */
static regex_t *compile_re(const char *text, int icase)
{
	regex_t *re;
	char msg[128];
	int r;

	if (*text == '\0')
		return NULL;
	re = xmalloc(sizeof(*re));
	r = regcomp(re, text, (opt_extended ? REG_EXTENDED : 0) |
	    (icase ? REG_ICASE : 0));
	if (r != 0) {
		regerror(r, re, msg, sizeof(msg));
		fatal("%s: %s", text, msg);
	}
	return re;
}

static long long read_number(struct parser *ps)
{
	long long v = 0;

	while (isdigit((unsigned char) *ps->p))
		v = v * 10 + (*ps->p++ - '0');
	return v;
}

/* One address, if there is one here; 1 if so. */
static int parse_address(struct parser *ps, struct addr *a)
{
	char delim, *text;

	if (isdigit((unsigned char) *ps->p)) {
		a->type = A_LINE;
		a->line = read_number(ps);
		if (a->line == 0)
			fatal("invalid usage of line address 0");
		return 1;
	}
	if (*ps->p == '$') {
		ps->p++;
		a->type = A_LAST;
		return 1;
	}
	if (*ps->p != '/' && *ps->p != '\\')
		return 0;
	if (*ps->p == '\\')
		ps->p++;
	delim = *ps->p++;
	if (delim == '\0' || delim == '\n' || delim == '\\')
		fatal("unexpected end of address");
	text = read_delimited(ps, delim, 1, "address regex");
	a->type = A_REGEX;
	a->re = compile_re(text, *ps->p == 'I' ? (ps->p++, 1) : 0);
	free(text);
	return 1;
}

/* Text of a, i and c: "a\" newline text, or GNU's "a text".  A
 * backslash keeps the next character (a newline continues the text). */
static char *parse_text(struct parser *ps)
{
	struct buf out = { NULL, 0, 0 };
	const char *p;

	buf_add(&out, "", 0);
	skip_blanks(ps);
	if (ps->p[0] == '\\' && ps->p[1] == '\n')
		ps->p += 2;
	else if (ps->p[0] == '\\')
		ps->p++;
	for (p = ps->p; *p != '\0' && *p != '\n'; p++) {
		if (*p == '\\' && p[1] != '\0')
			p++;
		buf_add(&out, p, 1);
	}
	ps->p = *p == '\n' ? p + 1 : p;
	return out.s;
}

/* A label (for : b t): to the end of the line or a ';', trimmed. */
static char *parse_label(struct parser *ps)
{
	const char *start, *end;
	char *label;

	skip_blanks(ps);
	start = ps->p;
	while (*ps->p != '\0' && *ps->p != '\n' && *ps->p != ';')
		ps->p++;
	end = ps->p;
	while (end > start && (end[-1] == ' ' || end[-1] == '\t'))
		end--;
	label = xmalloc((size_t) (end - start) + 1);
	memcpy(label, start, (size_t) (end - start));
	label[end - start] = '\0';
	return label;
}

/* The s flags: g, p, a number, I. */
static int parse_s_flags(struct parser *ps, struct cmd *c)
{
	int icase = 0;

	c->nth = 1;
	for (;; ps->p++) {
		if (*ps->p == 'g')
			c->global = 1;
		else if (*ps->p == 'p')
			c->print = 1;
		else if (*ps->p == 'I' || *ps->p == 'i')
			icase = 1;
		else if (isdigit((unsigned char) *ps->p)) {
			c->nth = (int) read_number(ps);
			if (c->nth == 0)
				fatal("number option to `s' command may not "
				    "be zero");
			ps->p--;
		} else
			return icase;
	}
}

/* Checks that the replacement names no group the regex lacks. */
static void check_refs(const struct cmd *c)
{
	const char *p;

	if (c->re == NULL)
		return;
	for (p = c->repl; *p != '\0'; p++) {
		if (*p != '\\' || *++p == '\0')
			continue;
		if (isdigit((unsigned char) *p) &&
		    (size_t) (*p - '0') > c->re->re_nsub)
			fatal("invalid reference \\%c on `s' command's RHS",
			    *p);
	}
}

static void parse_s(struct parser *ps, struct cmd *c)
{
	char delim = *ps->p++, *regex;

	if (delim == '\0' || delim == '\n' || delim == '\\')
		fatal("unterminated `s' command");
	regex = read_delimited(ps, delim, 1, "`s' command");
	c->repl = read_delimited(ps, delim, 0, "`s' command");
	c->re = compile_re(regex, parse_s_flags(ps, c));
	free(regex);
	check_refs(c);
}

/* y/src/dst/: both strings, escapes \\ \n \delim undone, equal length. */
static void parse_y(struct parser *ps, struct cmd *c)
{
	char delim = *ps->p++, *text[2], *p, *q;
	int i, k;

	if (delim == '\0' || delim == '\n' || delim == '\\')
		fatal("unterminated `y' command");
	for (k = 0; k < 2; k++) {
		text[k] = read_delimited(ps, delim, 0, "`y' command");
		for (p = q = text[k]; *p != '\0'; p++, q++) {
			if (*p == '\\' && p[1] == 'n') {
				*q = '\n';
				p++;
			} else
				*q = *p == '\\' && p[1] == '\\' ? *p++ : *p;
		}
		*q = '\0';
	}
	if (strlen(text[0]) != strlen(text[1]))
		fatal("strings for `y' command are different lengths");
	for (i = 0; i < 256; i++)
		c->map[i] = (unsigned char) i;
	for (i = 0; text[0][i] != '\0'; i++)
		c->map[(unsigned char) text[0][i]] = (unsigned char) text[1][i];
	free(text[0]);
	free(text[1]);
}

/* After a command: only blanks, then ; newline } # or the end. */
static void end_command(struct parser *ps)
{
	skip_blanks(ps);
	if (*ps->p == ';' || *ps->p == '\n')
		ps->p++;
	else if (*ps->p != '}' && *ps->p != '#' && *ps->p != '\0')
		fatal("extra characters after command");
}

static void parse_brace(struct parser *ps, struct cmd *c, size_t index)
{
	if (c->name == '{') {
		if (ps->depth == MAX_DEPTH)
			fatal("too many {");
		ps->open[ps->depth++] = index;
		return;
	}
	if (ps->depth == 0)
		fatal("unexpected `}'");
	if (c->a1.type != A_NONE)
		fatal("} doesn't want any addresses");
	ps->sc->cmds[ps->open[--ps->depth]].jump = index;
}

/* The arguments of command c, by its letter. */
static void parse_arguments(struct parser *ps, struct cmd *c, size_t index)
{
	switch (c->name) {
	case '{': case '}':
		parse_brace(ps, c, index);
		if (c->name == '{')
			return;
		break;
	case 'a': case 'i': case 'c':
		c->text = parse_text(ps);
		return;
	case ':':
		if (c->a1.type != A_NONE)
			fatal(": doesn't want any addresses");
		/* fall through */
	case 'b': case 't':
		c->text = parse_label(ps);
		break;
	case 's':
		parse_s(ps, c);
		break;
	case 'y':
		parse_y(ps, c);
		break;
	case 'q':
		skip_blanks(ps);
		c->exit_code = (int) read_number(ps);
		break;
	case '=': case 'd': case 'D': case 'g': case 'G': case 'h': case 'H':
	case 'n': case 'N': case 'p': case 'P': case 'x':
		break;
	default:
		fatal("unknown command: `%c'", c->name);
	}
	end_command(ps);
}

/* Parses the addresses, ! and the letter of the next command. */
static void parse_command(struct parser *ps)
{
	struct script *sc = ps->sc;
	struct cmd *c;

	sc->cmds = xrealloc(sc->cmds, (sc->n + 1) * sizeof(*sc->cmds));
	c = memset(&sc->cmds[sc->n], 0, sizeof(*c));
	if (parse_address(ps, &c->a1) && *ps->p == ',') {
		ps->p++;
		skip_blanks(ps);
		if (!parse_address(ps, &c->a2))
			fatal("unexpected `,'");
	}
	skip_blanks(ps);
	while (*ps->p == '!') {
		c->negate = 1;
		ps->p++;
		skip_blanks(ps);
	}
	if (*ps->p == '\0' || *ps->p == '\n' || *ps->p == ';')
		fatal("missing command");
	c->name = *ps->p++;
	parse_arguments(ps, c, sc->n++);
}

/* Points each b and t at its label's index (or the end). */
static void resolve_labels(struct script *sc)
{
	size_t i, j;

	for (i = 0; i < sc->n; i++) {
		if (sc->cmds[i].name != 'b' && sc->cmds[i].name != 't')
			continue;
		sc->cmds[i].jump = sc->n;
		if (*sc->cmds[i].text == '\0')
			continue;
		for (j = 0; j < sc->n; j++)
			if (sc->cmds[j].name == ':' &&
			    strcmp(sc->cmds[j].text, sc->cmds[i].text) == 0)
				break;
		if (j == sc->n)
			fatal("can't find label for jump to `%s'",
			    sc->cmds[i].text);
		sc->cmds[i].jump = j;
	}
}

void compile_script(const char *text, struct script *sc)
{
	struct parser ps = { .p = text, .sc = sc };

	if (strncmp(text, "#n\n", 3) == 0 || strcmp(text, "#n") == 0)
		opt_quiet = 1;
	for (;;) {
		while (isspace((unsigned char) *ps.p) || *ps.p == ';')
			ps.p++;
		if (*ps.p == '\0')
			break;
		if (*ps.p == '#') {
			while (*ps.p != '\0' && *ps.p != '\n')
				ps.p++;
			continue;
		}
		parse_command(&ps);
	}
	if (ps.depth > 0)
		fatal("unmatched `{'");
	resolve_labels(sc);
}
