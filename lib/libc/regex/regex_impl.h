/*
 * regex_impl.h - the compiled form of a regular expression, shared by
 * the parser (regcomp.c, bracket.c) and the matcher (regexec.c).
 *
 * A pattern compiles to a tree kept as sequences: each node names the
 * node that follows it (next), and a sequence ends with NULL.  Only
 * alternation and repetition nest; a group is flat, an R_OPEN and an
 * R_CLOSE node around its contents.
 */
#ifndef _REGEX_IMPL_H
#define _REGEX_IMPL_H
#include <regex.h>

enum re_type {
	R_CHAR,		/* the byte ch */
	R_ANY,		/* any byte (but newline under REG_NEWLINE) */
	R_SET,		/* a byte in the bitmap set */
	R_BOL,		/* start of the string, or of a line */
	R_EOL,		/* end of the string, or of a line */
	R_OPEN,		/* group arg starts here */
	R_CLOSE,	/* group arg ends here */
	R_BACKREF,	/* the text group arg matched */
	R_ALT,		/* child, or else the R_ALT node alt */
	R_REPEAT,	/* child, min to max times (max < 0: no limit) */
};

struct re_node {
	enum re_type type;
	unsigned char ch;
	int arg;
	int min, max;
	int memo;			/* R_REPEAT: its row in the memo, or -1 */
	unsigned char *set;		/* R_SET: 256 bits */
	struct re_node *next;		/* what follows in the sequence */
	struct re_node *child;		/* R_ALT branch, R_REPEAT body */
	struct re_node *alt;		/* R_ALT: the next branch */
	struct re_node *all;		/* every node, for regfree() */
};

/*
 * What regcomp() leaves in re_prog.  nmemo counts the repetitions whose
 * outcome regexec() may remember by position (see regexec.c); there are
 * none in a pattern with back-references.
 */
struct re_prog {
	struct re_node *start;		/* the first node of the pattern */
	struct re_node *nodes;		/* list through all, for freeing */
	int cflags;
	int nmemo;
};

/* The parser's state; bracket.c reads the pattern through it too. */
struct re_parser {
	const char *p;			/* next byte of the pattern */
	int cflags;
	int err;			/* first error, or 0 */
	size_t nsub;			/* groups opened so far */
	unsigned closed;		/* bit n: group n is complete */
	struct re_node *nodes;		/* every node made so far */
};

#define SET_HAS(set, c)	((set)[(unsigned char) (c) >> 3] & \
			    (1u << ((unsigned char) (c) & 7)))
#define SET_ADD(set, c)	((set)[(unsigned char) (c) >> 3] |= \
			    (unsigned char) (1u << ((unsigned char) (c) & 7)))

struct re_node *re_new_node(struct re_parser *ps, enum re_type type);
struct re_node *re_parse_bracket(struct re_parser *ps);

#endif
