/*
 * mode.c - chmod's modes, octal or symbolic, as POSIX has them.
 *
 * An octal mode (at most 07777) is the new mode.  A symbolic one is
 * clauses separated by commas, each WHO ACTION...: WHO is any of u, g,
 * o, a; each ACTION an operator +, - or = followed by permissions
 * (r w x X s t) or by one class to copy (u, g or o).  Without a WHO the
 * clause acts on all classes but leaves alone the bits the umask holds
 * ('=' still clears every bit first).  X is x for a directory or a file
 * that some class may already execute; s is the set-id bit of u and g,
 * t the sticky bit (for a, o, or no WHO).
 *
 * Entry points: mode_parse, mode_apply.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "mode.h"

#define MAX_ACTIONS	64
#define CLASS_U		(S_IRWXU | S_ISUID)
#define CLASS_G		(S_IRWXG | S_ISGID)
#define CLASS_O		(S_IRWXO | S_ISVTX)
#define ALL_BITS	07777

struct action {
	mode_t who;		/* classes named; 0: none named */
	char op;		/* '+', '-', '=' */
	const char *perms;	/* permission letters, or one class */
	size_t nperms;
};

struct mode {
	int octal;
	mode_t bits;			/* the octal mode */
	struct action act[MAX_ACTIONS];
	int nact;
};

static mode_t class_of(char c)
{
	return c == 'u' ? CLASS_U : c == 'g' ? CLASS_G : c == 'o' ? CLASS_O :
	    c == 'a' ? CLASS_U | CLASS_G | CLASS_O : 0;
}

static int parse_octal(const char *s, struct mode *m)
{
	char *end;
	unsigned long v = strtoul(s, &end, 8);

	if (*end != '\0' || v > ALL_BITS)
		return -1;
	m->octal = 1;
	m->bits = (mode_t) v;
	return 0;
}

/* One clause, s up to the next comma; actions appended to m. */
static const char *parse_clause(const char *s, struct mode *m)
{
	mode_t who = 0;
	struct action *a;

	for (; class_of(*s) != 0; s++)
		who |= class_of(*s);
	if (*s != '+' && *s != '-' && *s != '=')
		return NULL;
	while (*s == '+' || *s == '-' || *s == '=') {
		if (m->nact == MAX_ACTIONS)
			return NULL;
		a = &m->act[m->nact++];
		a->who = who;
		a->op = *s++;
		a->perms = s;
		if (*s == 'u' || *s == 'g' || *s == 'o')
			s++;
		else
			s += strspn(s, "rwxXst");
		a->nperms = (size_t) (s - a->perms);
	}
	return *s == ',' || *s == '\0' ? s : NULL;
}

struct mode *mode_parse(const char *s)
{
	struct mode *m = calloc(1, sizeof(*m));

	if (m == NULL)
		return NULL;
	if (*s >= '0' && *s <= '7') {
		if (parse_octal(s, m) == 0)
			return m;
		free(m);
		return NULL;
	}
	for (;;) {
		if ((s = parse_clause(s, m)) == NULL) {
			free(m);
			return NULL;
		}
		if (*s++ == '\0')
			return m;
	}
}

/* The bits a class copy gives: that class's rwx, for every class. */
static mode_t copy_class(char c, mode_t cur)
{
	mode_t v = c == 'u' ? (cur >> 6) & 7 : c == 'g' ? (cur >> 3) & 7 :
	    cur & 7;

	return v << 6 | v << 3 | v;
}

/* The bits an action's permissions stand for. */
static mode_t perm_bits(const struct action *a, mode_t old, mode_t cur)
{
	mode_t bits = 0;

	if (a->nperms == 1 && strchr("ugo", a->perms[0]) != NULL)
		return copy_class(a->perms[0], cur);
	for (size_t i = 0; i < a->nperms; i++) {
		switch (a->perms[i]) {
		case 'r': bits |= 0444; break;
		case 'w': bits |= 0222; break;
		case 'x': bits |= 0111; break;
		case 'X':
			if (S_ISDIR(old) || (old & 0111) != 0)
				bits |= 0111;
			break;
		case 's': bits |= S_ISUID | S_ISGID; break;
		case 't': bits |= S_ISVTX; break;
		}
	}
	return bits;
}

mode_t mode_apply(const struct mode *m, mode_t old, mode_t umask_bits)
{
	mode_t cur = old & ALL_BITS, affected, bits;
	const struct action *a;

	if (m->octal)
		return m->bits;
	for (int i = 0; i < m->nact; i++) {
		a = &m->act[i];
		affected = a->who != 0 ? a->who : ALL_BITS & ~umask_bits;
		bits = perm_bits(a, old, cur) & affected;
		if (a->op == '+')
			cur |= bits;
		else if (a->op == '-')
			cur &= ~bits;
		else
			cur = (cur & ~(a->who != 0 ? a->who : ALL_BITS)) | bits;
	}
	return cur;
}
