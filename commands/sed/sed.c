/*
 * sed - the stream editor.
 *
 *	sed [-nE] script [file ...]
 *	sed [-nE] -e script ... [-f file] ... [file ...]
 *
 * Commands: s/re/repl/[gpIN] y/abc/xyz/ d D p P n N g G h H x a i c
 * = q { } ! : b t.  Addresses: N, $, /re/, and ranges a,b.  -n turns
 * off the printing of each line, -E (or -r) takes extended regular
 * expressions.  Exit status 1 for a bad script, 2 if an input file
 * could not be read.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include "sed.h"

int opt_quiet, opt_extended;

static void usage(void)
{
	fputs("usage: sed [-nE] script [file ...]\n"
	    "       sed [-nE] [-e script] ... [-f file] ... [file ...]\n",
	    stderr);
	exit(1);
}

/* Adds a piece of script, pieces being joined by newlines. */
static void add_piece(struct buf *script, const char *text, size_t len)
{
	if (script->len > 0)
		buf_add(script, "\n", 1);
	buf_add(script, text, len);
}

static void add_file(struct buf *script, const char *name)
{
	struct buf text = { NULL, 0, 0 };
	char chunk[4096];
	size_t n;
	FILE *f = fopen(name, "r");

	if (f == NULL)
		fatal("%s: %s", name, strerror(errno));
	buf_add(&text, "", 0);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(&text, chunk, n);
	if (ferror(f))
		fatal("%s: %s", name, strerror(errno));
	fclose(f);
	if (text.len > 0 && text.s[text.len - 1] == '\n')
		text.len--;
	add_piece(script, text.s, text.len);
	free(text.s);
}

int main(int argc, char **argv)
{
	struct buf script = { NULL, 0, 0 };
	struct script sc = { NULL, 0 };
	int c, have = 0;

	buf_add(&script, "", 0);
	while ((c = getopt(argc, argv, "nEre:f:")) != -1) {
		switch (c) {
		case 'n': opt_quiet = 1; break;
		case 'E': case 'r': opt_extended = 1; break;
		case 'e': add_piece(&script, optarg, strlen(optarg));
			have = 1; break;
		case 'f': add_file(&script, optarg); have = 1; break;
		default: usage();
		}
	}
	if (!have) {
		if (optind >= argc)
			usage();
		add_piece(&script, argv[optind], strlen(argv[optind]));
		optind++;
	}
	compile_script(script.s, &sc);
	return run_script(&sc, argv + optind, argc - optind);
}
