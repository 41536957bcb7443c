/*
 * fnmatch.h - matching file names against shell patterns (* ? [...]).
 */
#ifndef _FNMATCH_H
#define _FNMATCH_H

#define FNM_NOMATCH	1	/* fnmatch()'s answer when it does not match */

#define FNM_NOESCAPE	0x01	/* backslash is an ordinary character */
#define FNM_PATHNAME	0x02	/* a slash only matches a slash */
#define FNM_PERIOD	0x04	/* a leading period must match a period */
#define FNM_CASEFOLD	0x08	/* ignore case */

int fnmatch(const char *pattern, const char *string, int flags);

#endif
