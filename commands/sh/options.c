/*
 * options.c - the shell's options: their letters and names, and $-.
 *
 * Entry points: optdesc, opt_by_letter, opt_by_name, opt_string.
 */
#include <string.h>
#include "sh.h"

const struct optdesc optdesc[NOPTIONS] = {
	[OPT_ERREXIT] = { 'e', "errexit" },
	[OPT_XTRACE] = { 'x', "xtrace" },
	[OPT_NOUNSET] = { 'u', "nounset" },
	[OPT_NOGLOB] = { 'f', "noglob" },
	[OPT_NOEXEC] = { 'n', "noexec" },
	[OPT_VERBOSE] = { 'v', "verbose" },
	[OPT_NOCLOBBER] = { 'C', "noclobber" },
	[OPT_INTERACTIVE] = { 'i', "interactive" },
	[OPT_MONITOR] = { 'm', "monitor" },
};

int opt_by_letter(int c)
{
	int i;

	for (i = 0; i < NOPTIONS; i++)
		if (optdesc[i].letter == c)
			return i;
	return -1;
}

int opt_by_name(const char *name)
{
	int i;

	for (i = 0; i < NOPTIONS; i++)
		if (strcmp(optdesc[i].name, name) == 0)
			return i;
	return -1;
}

/* $-: the letters of the options that are on (buf: NOPTIONS + 1). */
void opt_string(char *buf)
{
	int i;

	for (i = 0; i < NOPTIONS; i++)
		if (sh.opt[i])
			*buf++ = optdesc[i].letter;
	*buf = '\0';
}
