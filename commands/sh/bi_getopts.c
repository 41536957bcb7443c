/*
 * bi_getopts.c - getopts optstring name [arg...].
 *
 * Walks the positional parameters (or the args) one option at a time,
 * keeping its place in $OPTIND and, inside a group like -abc, in
 * `pos`.  A script that sets OPTIND itself starts over.
 */
#include <stdlib.h>
#include <string.h>
#include "builtin.h"
#include "out.h"
#include "var.h"

static int pos;			/* next letter in the current argument */
static long last_optind = -1;	/* OPTIND as we left it */

static void set_number(const char *name, long n)
{
	char buf[24];
	int i = (int) sizeof(buf) - 1;

	buf[i] = '\0';
	do
		buf[--i] = (char) ('0' + n % 10);
	while ((n /= 10) > 0);
	var_set(name, buf + i, 0);
}

static void set_char(const char *name, int c)
{
	char s[2] = { (char) c, '\0' };

	var_set(name, s, 0);
}

/* No more options: name gets '?', OPTIND the first operand. */
static int finish(const char *name, long ind)
{
	pos = 0;
	last_optind = ind;
	set_number("OPTIND", ind);
	set_char(name, '?');
	return 1;
}

/* An unknown option or a missing argument, said aloud or quietly. */
static void bad(const char *name, int c, int silent, int missing)
{
	if (silent) {
		set_char("OPTARG", c);
		set_char(name, missing ? ':' : '?');
		return;
	}
	sh_warn(missing ? "option requires an argument -- %c"
		: "illegal option -- %c", c);
	var_unset("OPTARG");
	set_char(name, '?');
}

/* The argument of an option: the rest of this word, or the next one.
 * Returns OPTIND moved past what was taken. */
static long take_argument(const char *name, int c, int silent, char **args,
	long nargs, long ind)
{
	const char *arg = args[ind - 1];

	if (arg[pos])
		var_set("OPTARG", arg + pos, 0);
	else if (ind < nargs)
		var_set("OPTARG", args[ind++], 0);
	else {
		bad(name, c, silent, 1);
		return ind;
	}
	set_char(name, c);
	return ind;
}

int bi_getopts(int argc, char **argv)
{
	const char *opts, *name, *arg, *spec, *v = var_get("OPTIND");
	char **args = argc > 3 ? argv + 3 : params.v;
	long nargs = argc > 3 ? argc - 3 : params.n, ind = v ? atol(v) : 1;
	int silent, c;

	if (argc < 3) {
		sh_warn("getopts: usage: getopts optstring name [arg...]");
		return 2;
	}
	opts = argv[1];
	name = argv[2];
	silent = opts[0] == ':';
	if (ind != last_optind || ind < 1)
		pos = 0;
	if (ind < 1)
		ind = 1;
	if (pos == 0) {
		if (ind > nargs || args[ind - 1][0] != '-'
		    || !args[ind - 1][1])
			return finish(name, ind);
		if (strcmp(args[ind - 1], "--") == 0)
			return finish(name, ind + 1);
		pos = 1;
	}
	arg = args[ind - 1];
	c = (unsigned char) arg[pos++];
	spec = c != ':' ? strchr(opts + silent, c) : NULL;
	if (!spec)
		bad(name, c, silent, 0);
	else if (spec[1] == ':')
		ind = take_argument(name, c, silent, args, nargs, ind);
	else {
		var_unset("OPTARG");
		set_char(name, c);
	}
	if (spec && spec[1] == ':')
		pos = (int) strlen(arg);
	if (!arg[pos]) {
		ind++;
		pos = 0;
	}
	last_optind = ind;
	set_number("OPTIND", ind);
	return 0;
}
