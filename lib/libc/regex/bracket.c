/*
 * bracket.c - bracket expressions: [abc], [^a-z], [[:alpha:]_], and the
 * one-character forms [.c.] and [=c=].  The result is an R_SET node with
 * a 256-bit map; case folding and negation are applied to the map.
 */
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include "regex_impl.h"

static const struct {
	const char *name;
	int (*test)(int);
} classes[] = {
	{ "alpha", isalpha }, { "digit", isdigit }, { "alnum", isalnum },
	{ "upper", isupper }, { "lower", islower }, { "space", isspace },
	{ "blank", isblank }, { "punct", ispunct }, { "print", isprint },
	{ "graph", isgraph }, { "cntrl", iscntrl }, { "xdigit", isxdigit },
};

/* Adds [:name:] (name is len bytes long) to set; 0 if no such class. */
static int add_class(unsigned char *set, const char *name, size_t len)
{
	size_t i;
	int c;

	for (i = 0; i < sizeof(classes) / sizeof(classes[0]); i++) {
		if (strlen(classes[i].name) != len ||
		    strncmp(classes[i].name, name, len) != 0)
			continue;
		for (c = 0; c < 256; c++)
			if (classes[i].test(c))
				SET_ADD(set, c);
		return 1;
	}
	return 0;
}

/*
 * Reads one element at ps->p: a byte, [.c.] or [=c=] (answered as the
 * byte), or [:class:] (added to set; answers -2).  Sets ps->err on error.
 */
static int read_element(struct re_parser *ps, unsigned char *set)
{
	const char *p = ps->p, *end;
	char kind;

	if (p[0] != '[' || (p[1] != ':' && p[1] != '.' && p[1] != '=')) {
		ps->p++;
		return (unsigned char) *p;
	}
	kind = p[1];
	for (end = p + 2; *end != '\0'; end++)
		if (end[0] == kind && end[1] == ']')
			break;
	if (*end == '\0') {
		ps->err = REG_EBRACK;
		return -1;
	}
	ps->p = end + 2;
	if (kind == ':') {
		if (!add_class(set, p + 2, (size_t) (end - (p + 2))))
			ps->err = REG_ECTYPE;
		return -2;
	}
	if (end - (p + 2) != 1) {
		ps->err = REG_ECOLLATE;
		return -1;
	}
	return (unsigned char) p[2];
}

/* Adds the other case of every letter already in set. */
static void fold_case(unsigned char *set)
{
	int c;

	for (c = 0; c < 256; c++) {
		if (!SET_HAS(set, c))
			continue;
		SET_ADD(set, tolower(c));
		SET_ADD(set, toupper(c));
	}
}

/* Adds elements and ranges up to the closing bracket. */
static void parse_items(struct re_parser *ps, unsigned char *set)
{
	int first = 1, lo, hi, c;

	for (;;) {
		if (*ps->p == '\0') {
			ps->err = REG_EBRACK;
			return;
		}
		if (*ps->p == ']' && !first) {
			ps->p++;
			return;
		}
		first = 0;
		lo = read_element(ps, set);
		if (ps->err)
			return;
		if (lo == -2)
			continue;
		if (ps->p[0] != '-' || ps->p[1] == ']' || ps->p[1] == '\0') {
			SET_ADD(set, lo);
			continue;
		}
		ps->p++;
		hi = read_element(ps, set);
		if (ps->err)
			return;
		if (hi < lo) {
			ps->err = REG_ERANGE;
			return;
		}
		for (c = lo; c <= hi; c++)
			SET_ADD(set, c);
	}
}

/* A bracket expression, after its '['. */
struct re_node *re_parse_bracket(struct re_parser *ps)
{
	struct re_node *n = re_new_node(ps, R_SET);
	int negate, i;

	if (n == NULL)
		return NULL;
	n->set = calloc(32, 1);
	if (n->set == NULL) {
		ps->err = REG_ESPACE;
		return n;
	}
	negate = *ps->p == '^';
	if (negate)
		ps->p++;
	parse_items(ps, n->set);
	if (ps->cflags & REG_ICASE)
		fold_case(n->set);
	if (negate) {
		for (i = 0; i < 32; i++)
			n->set[i] = (unsigned char) ~n->set[i];
		if (ps->cflags & REG_NEWLINE)
			n->set['\n' >> 3] &= (unsigned char) ~(1u << ('\n' & 7));
	}
	return n;
}
