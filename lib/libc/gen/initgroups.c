/*
 * initgroups.c - a user's groups from /etc/group: getgrouplist() and
 * initgroups(), which login and su use to give a user its groups.
 */
#include <errno.h>
#include <grp.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>

static int is_member(const struct group *gr, const char *user)
{
	for (char **m = gr->gr_mem; *m != NULL; m++)
		if (strcmp(*m, user) == 0)
			return 1;
	return 0;
}

/* group first, then every group that lists user, once each.  Returns
 * the count in *ngroups, or -1 with the count it needs there when the
 * array is too small. */
int getgrouplist(const char *user, gid_t group, gid_t *groups, int *ngroups)
{
	struct group *gr;
	int n = 0, room = *ngroups, i;

	if (room > 0)
		groups[0] = group;
	n = 1;
	setgrent();
	while ((gr = getgrent()) != NULL) {
		if (!is_member(gr, user))
			continue;
		for (i = 0; i < n && i < room && groups[i] != gr->gr_gid; i++)
			;
		if (i < n && i < room)
			continue;		/* already listed */
		if (n < room)
			groups[n] = gr->gr_gid;
		n++;
	}
	endgrent();
	*ngroups = n;
	return n <= room ? n : -1;
}

/* The caller's supplementary groups become user's (root only); those
 * beyond NGROUPS_MAX are left out. */
int initgroups(const char *user, gid_t group)
{
	gid_t groups[NGROUPS_MAX];
	int n = NGROUPS_MAX;

	if (getgrouplist(user, group, groups, &n) < 0)
		n = NGROUPS_MAX;
	return setgroups(n, groups);
}
