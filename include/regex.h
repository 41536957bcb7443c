/*
 * regex.h - POSIX regular expressions: regcomp() compiles a pattern,
 * regexec() matches it against a string, regerror() explains a failure,
 * regfree() releases a compiled pattern.
 *
 * Basic (BRE) and extended (REG_EXTENDED) syntax.  BRE also takes the
 * GNU escapes \+ \? and \|; both take back-references \1 to \9.
 */
#ifndef _REGEX_H
#define _REGEX_H
#include <stddef.h>

typedef ptrdiff_t regoff_t;

typedef struct {
	size_t re_nsub;		/* number of parenthesised groups */
	int re_cflags;		/* the flags regcomp() was given */
	void *re_prog;		/* the compiled pattern; private */
} regex_t;

typedef struct {
	regoff_t rm_so;		/* start of the match, or -1 */
	regoff_t rm_eo;		/* one past its end, or -1 */
} regmatch_t;

/* regcomp() flags. */
#define REG_EXTENDED	0x01
#define REG_ICASE	0x02
#define REG_NOSUB	0x04
#define REG_NEWLINE	0x08

/* regexec() flags. */
#define REG_NOTBOL	0x01
#define REG_NOTEOL	0x02

/* Results. */
#define REG_NOMATCH	1	/* regexec() found no match */
#define REG_BADPAT	2	/* invalid regular expression */
#define REG_ECOLLATE	3	/* invalid collating element */
#define REG_ECTYPE	4	/* invalid character class */
#define REG_EESCAPE	5	/* trailing backslash */
#define REG_ESUBREG	6	/* invalid back-reference number */
#define REG_EBRACK	7	/* [ without ] */
#define REG_EPAREN	8	/* ( without ) */
#define REG_EBRACE	9	/* \{ without \} */
#define REG_BADBR	10	/* invalid contents of \{ \} */
#define REG_ERANGE	11	/* invalid range end point */
#define REG_ESPACE	12	/* out of memory */
#define REG_BADRPT	13	/* * or { } with nothing before it */

#define RE_DUP_MAX	255

int regcomp(regex_t *restrict re, const char *restrict pattern, int cflags);
int regexec(const regex_t *restrict re, const char *restrict string,
    size_t nmatch, regmatch_t pmatch[restrict], int eflags);
size_t regerror(int errcode, const regex_t *restrict re, char *restrict buf,
    size_t size);
void regfree(regex_t *re);

#endif
