/*
 * uname - print the system's name and version.
 *
 *	uname [-amnrsv]
 *
 * Fields print in the fixed order s n r v m; with no option, -s.
 */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <sys/utsname.h>

enum { F_SYS = 1, F_NODE = 2, F_REL = 4, F_VER = 8, F_MACH = 16 };

/* The fields selected by the options, or 0 after a bad one. */
static int parse_options(int argc, char **argv)
{
	int c, fields = 0;

	while ((c = getopt(argc, argv, "amnrsv")) != -1) {
		switch (c) {
		case 'a': fields |= F_SYS | F_NODE | F_REL | F_VER | F_MACH;
			break;
		case 's': fields |= F_SYS; break;
		case 'n': fields |= F_NODE; break;
		case 'r': fields |= F_REL; break;
		case 'v': fields |= F_VER; break;
		case 'm': fields |= F_MACH; break;
		default: return 0;
		}
	}
	if (optind < argc)
		return 0;
	return fields != 0 ? fields : F_SYS;
}

int main(int argc, char **argv)
{
	struct utsname u;
	const char *text[5];
	int fields = parse_options(argc, argv), i, first = 1;

	if (fields == 0) {
		fputs("usage: uname [-amnrsv]\n", stderr);
		return 1;
	}
	if (uname(&u) < 0) {
		fprintf(stderr, "uname: %s\n", strerror(errno));
		return 1;
	}
	text[0] = u.sysname;
	text[1] = u.nodename;
	text[2] = u.release;
	text[3] = u.version;
	text[4] = u.machine;
	for (i = 0; i < 5; i++) {
		if (!(fields & (1 << i)))
			continue;
		printf("%s%s", first ? "" : " ", text[i]);
		first = 0;
	}
	putchar('\n');
	return 0;
}
