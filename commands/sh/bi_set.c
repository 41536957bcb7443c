/*
 * bi_set.c - set (options and positional parameters) and shift.
 */
#include <stdlib.h>
#include <string.h>
#include "builtin.h"
#include "mem.h"
#include "out.h"
#include "sh.h"
#include "var.h"

/* set -o / set +o without a name: the options, readable or re-usable. */
static void print_options(int as_commands)
{
	struct strbuf b;
	int i;

	sb_init(&b);
	for (i = 0; i < NOPTIONS; i++) {
		if (as_commands) {
			sb_adds(&b, sh.opt[i] ? "set -o " : "set +o ");
			sb_adds(&b, optdesc[i].name);
		} else {
			sb_adds(&b, optdesc[i].name);
			sb_adds(&b, sh.opt[i] ? "\ton" : "\toff");
		}
		sb_addc(&b, '\n');
	}
	out_write(1, b.s, b.len);
	sb_free(&b);
}

static int set_one(int o, int on, const char *what)
{
	if (o < 0 || o == OPT_INTERACTIVE || o == OPT_MONITOR) {
		sh_warn("set: %s: bad option", what);
		return -1;
	}
	sh.opt[o] = (char) on;
	return 0;
}

/* One -abc or +o name argument; *i moves past what it used. */
static int set_flags(int argc, char **argv, int *i)
{
	const char *s = argv[*i];
	int on = *s++ == '-';
	char what[2] = { 0, 0 };

	for (; *s; s++) {
		if (*s != 'o') {
			what[0] = *s;
			if (set_one(opt_by_letter(*s), on, what) < 0)
				return -1;
			continue;
		}
		if (*i + 1 >= argc) {
			print_options(!on);
			continue;
		}
		++*i;
		if (set_one(opt_by_name(argv[*i]), on, argv[*i]) < 0)
			return -1;
	}
	return 0;
}

int bi_set(int argc, char **argv)
{
	int i, params_given = 0;

	if (argc == 1) {
		var_print(0, NULL);
		return 0;
	}
	for (i = 1; i < argc; i++) {
		const char *s = argv[i];
		if (strcmp(s, "--") == 0 || strcmp(s, "-") == 0) {
			if (s[1] == '\0')
				sh.opt[OPT_XTRACE] = sh.opt[OPT_VERBOSE] = 0;
			params_given = 1;
			i++;
			break;
		}
		if ((s[0] != '-' && s[0] != '+') || !s[1])
			break;
		if (set_flags(argc, argv, &i) < 0) {
			sh_abort(2);
			return 2;
		}
	}
	if (params_given || i < argc)
		params_set(argc - i, argv + i);
	return 0;
}

int bi_shift(int argc, char **argv)
{
	char *end;
	long n = argc > 1 ? strtol(argv[1], &end, 10) : 1;

	if (argc > 1 && (!*argv[1] || *end || n < 0)) {
		sh_warn("shift: %s: bad number", argv[1]);
		return 2;
	}
	if (params_shift((int) n) < 0) {
		sh_warn("shift: can't shift that many");
		sh_abort(2);
		return 2;
	}
	return 0;
}
