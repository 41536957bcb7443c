/*
 * libgen.h - the parts of a path name: basename() and dirname().
 */
#ifndef _LIBGEN_H
#define _LIBGEN_H

char *basename(char *path);
char *dirname(char *path);

#endif
