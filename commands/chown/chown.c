/*
 * chown, chgrp - change the owner and group of files.
 *
 *	chown [-h] owner[:group] file...
 *	chown -R [-H | -L | -P] owner[:group] file...
 *	chgrp [-h] group file...
 *	chgrp -R [-H | -L | -P] group file...
 *
 * One program under two names: chgrp changes only the group.  Owner and
 * group are names from /etc/passwd and /etc/group, or numbers.
 * "owner:" takes the owner's login group, ":group" the group alone.
 * A symbolic link named as an operand is followed unless -h is given.
 * -R changes everything below each directory too; there -P (the
 * default) changes symbolic links themselves and does not follow them,
 * -H follows those named as operands, -L follows all of them.  Only
 * root may give files away; others may set a group of their own.
 */
#include <errno.h>
#include <ftw.h>
#include <grp.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *prog = "chown";
static uid_t new_uid = (uid_t) -1;
static gid_t new_gid = (gid_t) -1;
static int status;

static void usage(void)
{
	if (strcmp(prog, "chgrp") == 0)
		fputs("usage: chgrp [-h] group file...\n"
		    "       chgrp -R [-H | -L | -P] group file...\n", stderr);
	else
		fputs("usage: chown [-h] owner[:group] file...\n"
		    "       chown -R [-H | -L | -P] owner[:group] file...\n",
		    stderr);
	exit(1);
}

static void fail(const char *path)
{
	fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno));
	status = 1;
}

/* A decimal id: 0, or -1 if s is not a number. */
static int number(const char *s, unsigned *id)
{
	char *end;
	unsigned long v;

	if (*s < '0' || *s > '9')
		return -1;
	v = strtoul(s, &end, 10);
	if (*end != '\0' || v > UINT_MAX - 1)
		return -1;
	*id = (unsigned) v;
	return 0;
}

static void bad_name(const char *what, const char *name)
{
	fprintf(stderr, "%s: %s: no such %s\n", prog, name, what);
	exit(1);
}

static void set_group(const char *name)
{
	struct group *gr = getgrnam(name);
	unsigned id;

	if (gr != NULL)
		new_gid = gr->gr_gid;
	else if (number(name, &id) == 0)
		new_gid = id;
	else
		bad_name("group", name);
}

/* owner[:group] (or owner: or :group) into new_uid and new_gid. */
static void set_owner(char *spec)
{
	char *colon = strchr(spec, ':');
	struct passwd *pw;
	unsigned id;

	if (colon != NULL)
		*colon = '\0';
	if (*spec != '\0') {
		if ((pw = getpwnam(spec)) != NULL) {
			new_uid = pw->pw_uid;
			if (colon != NULL && colon[1] == '\0')
				new_gid = pw->pw_gid;
		} else if (number(spec, &id) == 0 &&
		    (colon == NULL || colon[1] != '\0')) {
			new_uid = id;
		} else {
			bad_name("user", spec);
		}
	} else if (colon == NULL || colon[1] == '\0') {
		usage();
	}
	if (colon != NULL && colon[1] != '\0')
		set_group(colon + 1);
}

static void change(const char *path, int follow)
{
	int r = follow ? chown(path, new_uid, new_gid)
	    : lchown(path, new_uid, new_gid);

	if (r < 0)
		fail(path);
}

static int visit(const char *path, const struct stat *st, int kind,
    struct FTW *ftw)
{
	(void) st;
	(void) ftw;
	if (kind == FTW_NS || kind == FTW_DNR)
		fail(path);
	if (kind != FTW_NS)
		change(path, kind != FTW_SL && kind != FTW_SLN);
	return 0;
}

/* One operand; walk: 'H', 'L' or 'P' with -R, else 0. */
static void operand(const char *path, int walk, int nofollow)
{
	char buf[PATH_MAX];
	struct stat st;

	if (walk == 0 || lstat(path, &st) < 0) {
		change(path, !nofollow);
		return;
	}
	if (S_ISLNK(st.st_mode) && walk == 'P') {
		change(path, 0);
		return;
	}
	if (S_ISLNK(st.st_mode) && walk == 'H' &&
	    snprintf(buf, sizeof(buf), "%s/", path) < (int) sizeof(buf))
		path = buf;		/* "link/" is what it names */
	if (nftw(path, visit, 16, walk == 'L' ? 0 : FTW_PHYS) < 0)
		fail(path);
}

int main(int argc, char **argv)
{
	const char *slash = strrchr(argv[0], '/');
	int c, recursive = 0, walk = 'P', nofollow = 0;

	prog = slash != NULL ? slash + 1 : argv[0];
	if (strcmp(prog, "chgrp") != 0)
		prog = "chown";
	while ((c = getopt(argc, argv, "hRHLP")) != -1) {
		switch (c) {
		case 'h': nofollow = 1; break;
		case 'R': recursive = 1; break;
		case 'H': case 'L': case 'P': walk = c; break;
		default: usage();
		}
	}
	if (argc - optind < 2)
		usage();
	if (strcmp(prog, "chgrp") == 0)
		set_group(argv[optind]);
	else
		set_owner(argv[optind]);
	for (int i = optind + 1; i < argc; i++)
		operand(argv[i], recursive ? walk : 0, nofollow);
	return status;
}
