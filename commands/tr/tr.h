/*
 * tr.h - a tr string expanded into the characters it stands for.
 */
#ifndef TR_H
#define TR_H
#include <stddef.h>

#define SEQ_MAX	8192

struct seq {
	unsigned char c[SEQ_MAX];
	size_t len;
};

/* Expands s into out; fill (the length of string1) is what [c*] in
 * string2 stretches to.  Exits with a message on a bad string. */
void expand(const char *s, struct seq *out, size_t fill);

#endif
