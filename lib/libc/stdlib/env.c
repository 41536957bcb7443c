/*
 * env.c - the environment: getenv(), setenv(), unsetenv(), putenv().
 *
 * environ (gen/environ.c) starts as the array the program was started
 * with.  The first call that must add an entry copies it to one from
 * malloc(), which later additions grow.  Strings setenv() builds are
 * never freed, since a program may still hold a getenv() answer to one.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "../include/libc_sys.h"

static char **owned;		/* environ, when it is our malloc()ed array */
static size_t owned_cap;	/* entries owned has room for, NULL included */

/* The index of the entry for the len-byte name, or -1. */
static int find(const char *name, size_t len)
{
	if (environ == NULL)
		return -1;
	for (int i = 0; environ[i] != NULL; i++) {
		if (strncmp(environ[i], name, len) == 0 && environ[i][len] == '=')
			return i;
	}
	return -1;
}

static size_t count(void)
{
	size_t n = 0;

	while (environ != NULL && environ[n] != NULL)
		n++;
	return n;
}

/* Adds entry at the end, copying environ to a growable array if need be. */
static int append(char *entry)
{
	size_t n = count();

	if (environ != owned || n + 2 > owned_cap) {
		size_t cap = (n + 2) * 2;
		char **a = malloc(cap * sizeof(*a));

		if (a == NULL)
			return -1;
		if (n > 0)
			memcpy(a, environ, n * sizeof(*a));
		if (environ == owned)
			free(owned);
		environ = owned = a;
		owned_cap = cap;
	}
	environ[n] = entry;
	environ[n + 1] = NULL;
	return 0;
}

static int valid_name(const char *name)
{
	if (name == NULL || *name == '\0' || strchr(name, '=') != NULL) {
		errno = EINVAL;
		return 0;
	}
	return 1;
}

char *getenv(const char *name)
{
	size_t len = strlen(name);
	int i = find(name, len);

	return i < 0 ? NULL : environ[i] + len + 1;
}

int setenv(const char *name, const char *value, int overwrite)
{
	size_t nlen, vlen;
	char *entry;
	int i;

	if (!valid_name(name))
		return -1;
	nlen = strlen(name);
	vlen = strlen(value);
	i = find(name, nlen);
	if (i >= 0 && !overwrite)
		return 0;
	entry = malloc(nlen + vlen + 2);
	if (entry == NULL)
		return -1;
	memcpy(entry, name, nlen);
	entry[nlen] = '=';
	memcpy(entry + nlen + 1, value, vlen + 1);
	if (i >= 0) {
		environ[i] = entry;
		return 0;
	}
	if (append(entry) != 0) {
		free(entry);
		return -1;
	}
	return 0;
}

int unsetenv(const char *name)
{
	size_t len;
	int i;

	if (!valid_name(name))
		return -1;
	len = strlen(name);
	while ((i = find(name, len)) >= 0) {
		do
			environ[i] = environ[i + 1];
		while (environ[i++] != NULL);
	}
	return 0;
}

/* Puts string itself ("NAME=value") into the environment. */
int putenv(char *string)
{
	char *eq = strchr(string, '=');
	int i;

	if (eq == NULL || eq == string) {
		errno = EINVAL;
		return -1;
	}
	i = find(string, (size_t) (eq - string));
	if (i >= 0) {
		environ[i] = string;
		return 0;
	}
	return append(string);
}
