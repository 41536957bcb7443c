/*
 * id - print a user's ids and groups.
 *
 *	id [user]
 *	id -G [-n] [user]
 *	id -g [-nr] [user]
 *	id -u [-nr] [user]
 *
 * Without an operand, the ids of this process: real and effective user
 * and group, and the groups getgroups() gives.  With one, those of the
 * user /etc/passwd names (a number is taken for a user id if no user
 * has it as a name), and the groups of /etc/group that list the user.
 * -G prints only the groups, -g the group, -u the user; -n names
 * instead of numbers, -r the real id instead of the effective one.  An
 * id without a name is printed as the number.
 */
#include <grp.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_GROUPS	64

struct ids {
	uid_t uid, euid;
	gid_t gid, egid;
	gid_t groups[MAX_GROUPS];
	int ngroups;
};

static void usage(void)
{
	fputs("usage: id [user]\n"
	    "       id -G [-n] [user]\n"
	    "       id -g [-nr] [user]\n"
	    "       id -u [-nr] [user]\n", stderr);
	exit(1);
}

static void add_group(struct ids *id, gid_t g)
{
	for (int i = 0; i < id->ngroups; i++)
		if (id->groups[i] == g)
			return;
	if (id->ngroups < MAX_GROUPS)
		id->groups[id->ngroups++] = g;
}

/* This process's ids; its groups are the real and effective group
 * followed by the supplementary ones. */
static void own_ids(struct ids *id)
{
	gid_t list[MAX_GROUPS];
	int n = getgroups(MAX_GROUPS, list);

	id->uid = getuid();
	id->euid = geteuid();
	id->gid = getgid();
	id->egid = getegid();
	id->ngroups = 0;
	add_group(id, id->gid);
	add_group(id, id->egid);
	for (int i = 0; i < n; i++)
		add_group(id, list[i]);
}

/* The ids of the user named (or numbered) name: 0, or -1. */
static int user_ids(const char *name, struct ids *id)
{
	struct passwd *pw = getpwnam(name);
	struct group *gr;
	char *end;
	unsigned long n;

	if (pw == NULL) {
		n = strtoul(name, &end, 10);
		if (*name == '\0' || *end != '\0' || n > UINT_MAX ||
		    (pw = getpwuid((uid_t) n)) == NULL)
			return -1;
	}
	id->uid = id->euid = pw->pw_uid;
	id->gid = id->egid = pw->pw_gid;
	id->ngroups = 0;
	add_group(id, id->gid);
	name = pw->pw_name;		/* getgrent keeps pw alone */
	setgrent();
	while ((gr = getgrent()) != NULL)
		for (char **m = gr->gr_mem; *m != NULL; m++)
			if (strcmp(*m, name) == 0)
				add_group(id, gr->gr_gid);
	endgrent();
	return 0;
}

static const char *user_name(uid_t uid)
{
	struct passwd *pw = getpwuid(uid);

	return pw != NULL ? pw->pw_name : NULL;
}

static const char *group_name(gid_t gid)
{
	struct group *gr = getgrgid(gid);

	return gr != NULL ? gr->gr_name : NULL;
}

/* "N(name)", or "N" when the id has no name. */
static void show(const char *label, unsigned n, const char *name)
{
	printf("%s%u", label, n);
	if (name != NULL)
		printf("(%s)", name);
}

/* One id alone: its name with -n (if it has one), else its number. */
static void show_one(unsigned n, const char *name, int names)
{
	if (names && name != NULL)
		fputs(name, stdout);
	else
		printf("%u", n);
}

static void show_all(const struct ids *id)
{
	show("uid=", id->uid, user_name(id->uid));
	show(" gid=", id->gid, group_name(id->gid));
	if (id->euid != id->uid)
		show(" euid=", id->euid, user_name(id->euid));
	if (id->egid != id->gid)
		show(" egid=", id->egid, group_name(id->egid));
	for (int i = 0; i < id->ngroups; i++)
		show(i == 0 ? " groups=" : ",", id->groups[i],
		    group_name(id->groups[i]));
	putchar('\n');
}

int main(int argc, char **argv)
{
	int c, what = 0, names = 0, real = 0;
	struct ids id;

	while ((c = getopt(argc, argv, "Ggunr")) != -1) {
		switch (c) {
		case 'G': case 'g': case 'u':
			if (what != 0 && what != c)
				usage();
			what = c;
			break;
		case 'n': names = 1; break;
		case 'r': real = 1; break;
		default: usage();
		}
	}
	if (argc - optind > 1 || (names && what == 0) ||
	    (real && what != 'g' && what != 'u'))
		usage();
	if (optind == argc)
		own_ids(&id);
	else if (user_ids(argv[optind], &id) < 0) {
		fprintf(stderr, "id: %s: no such user\n", argv[optind]);
		return 1;
	}
	if (what == 'u') {
		uid_t u = real ? id.uid : id.euid;
		show_one(u, user_name(u), names);
		putchar('\n');
	} else if (what == 'g') {
		gid_t g = real ? id.gid : id.egid;
		show_one(g, group_name(g), names);
		putchar('\n');
	} else if (what == 'G') {
		for (int i = 0; i < id.ngroups; i++) {
			if (i > 0)
				putchar(' ');
			show_one(id.groups[i], group_name(id.groups[i]), names);
		}
		putchar('\n');
	} else {
		show_all(&id);
	}
	return fflush(stdout) == 0 ? 0 : 1;
}
