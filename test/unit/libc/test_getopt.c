/*
 * test_getopt.c - getopt(): options with and without arguments, clusters,
 * "--" and "-", stopping at the first operand, unknown options and
 * missing arguments (with and without a leading ':'), optional arguments,
 * and starting over.
 */
#include <stdio.h>
#include <string.h>
#include "harness.h"
#include "rs.h"

/* Runs getopt over args and records "c", "c=arg", "?x" or ":x" per call. */
static const char *run(const char *optstring, int argc, char **argv)
{
	static char log[256];
	int c;

	log[0] = '\0';
	rs_optind = 1;
	while ((c = rs_getopt(argc, argv, optstring)) != -1) {
		char item[64];

		if (c == '?' || c == ':')
			snprintf(item, sizeof(item), "%c%c ", c, rs_optopt);
		else if (rs_optarg != NULL)
			snprintf(item, sizeof(item), "%c=%s ", c, rs_optarg);
		else
			snprintf(item, sizeof(item), "%c ", c);
		strcat(log, item);
	}
	snprintf(log + strlen(log), sizeof(log) - strlen(log), "| %d", rs_optind);
	return log;
}

#define ARGV(...) (sizeof((char *[]) { __VA_ARGS__ }) / sizeof(char *)), \
	(char *[]) { __VA_ARGS__, NULL }

int main(void)
{
	fake_files_reset();
	t_str("options and arguments",
	    run("ab:c:", ARGV("prog", "-a", "-b", "val", "-cfoo", "file")),
	    "a b=val c=foo | 5");
	t_str("cluster with argument next",
	    run("ab:", ARGV("prog", "-ab", "val", "x")), "a b=val | 3");
	t_str("cluster with attached argument",
	    run("ab:", ARGV("prog", "-abval")), "a b=val | 2");
	t_str("-- ends options",
	    run("ab", ARGV("prog", "-a", "--", "-b")), "a | 3");
	t_str("- alone is an operand",
	    run("a", ARGV("prog", "-", "-a")), "| 1");
	t_str("stops at first operand",
	    run("ab", ARGV("prog", "-a", "file", "-b")), "a | 2");
	t_str("no arguments at all", run("a", ARGV("prog")), "| 1");

	fake_clear_output();
	t_str("unknown option",
	    run("a", ARGV("prog", "-x", "-a")), "?x a | 3");
	t_str("unknown option message", fake_output(2),
	    "prog: illegal option -- x\n");
	fake_clear_output();
	t_str("missing argument",
	    run("ab:", ARGV("prog", "-a", "-b")), "a ?b | 3");
	t_str("missing argument message", fake_output(2),
	    "prog: option requires an argument -- b\n");
	fake_clear_output();
	t_str("missing argument with leading colon",
	    run(":ab:", ARGV("prog", "-b")), ":b | 2");
	t_str("leading colon is silent", fake_output(2), "");
	rs_opterr = 0;
	fake_clear_output();
	run("a", ARGV("prog", "-z"));
	t_str("opterr 0 is silent", fake_output(2), "");
	rs_opterr = 1;
	t_str("colon is never an option",
	    run("a:", ARGV("prog", "-:")), "?: | 2");
	t_str("optional argument attached",
	    run("c::", ARGV("prog", "-cval", "-c", "x")), "c=val c | 3");
	t_str("leading plus accepted",
	    run("+a", ARGV("prog", "-a", "op", "-a")), "a | 2");
	{
		char *argv[] = { "prog", "-abc", NULL };
		int first;

		rs_optind = 1;
		first = rs_getopt(2, argv, "abc");

		rs_optind = 1;
		rs_optreset = 1;
		t_check("optreset starts over mid-cluster",
		    first == 'a' && rs_getopt(2, argv, "abc") == 'a', "no");
	}
	return t_done();
}
