/*
 * strto_impl.h - the integer parser under strtol() and its relatives.
 */
#ifndef _STRTO_IMPL_H
#define _STRTO_IMPL_H

/*
 * Parses an integer as C11 7.22.1.4 says: space, a sign, then digits of
 * base (0: decimal, or 0x hex, or 0 octal; 2-36 otherwise).  Answers its
 * magnitude, sets *neg for a minus sign and *over if it does not fit in
 * unsigned long long.  *end (if end is not NULL) gets where parsing
 * stopped, or s itself if there were no digits.  A bad base answers 0
 * with errno EINVAL.
 */
unsigned long long __strto_parse(const char *s, char **end, int base,
    int *neg, int *over);

#endif
