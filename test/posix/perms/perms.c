/*
 * perms - who may do what: supplementary groups (getgroups, setgroups)
 * and VFS honouring them in permission checks, chown by an owner among
 * its groups, and the set-id bits a user's chown takes away.
 *
 * The cases run as root and become an ordinary user (uid and gid USER)
 * in a child where they need one.
 */
#include <grp.h>
#include "t.h"

#define USER	100		/* etc/passwd's "ast" */
#define OTHER	4242		/* a group no one is in */

/* In a child: become the user, with the given supplementary groups. */
static void become_user(int n, const gid_t *groups)
{
	T_SYS(setgroups(n, groups));
	T_SYS(setgid(USER));
	T_SYS(setuid(USER));
	T_EQ(geteuid(), USER);
}

static void setgroups_and_getgroups(void)
{
	gid_t set[3] = { 7, 8, 9 }, got[NGROUPS_MAX + 1], many[NGROUPS_MAX + 1];
	pid_t pid;

	T_SYS(setgroups(3, set));
	T_EQ(getgroups(0, NULL), 3);
	T_EQ(getgroups(NGROUPS_MAX, got), 3);
	T_CHECK(got[0] == 7 && got[1] == 8 && got[2] == 9, "got %u %u %u",
	    got[0], got[1], got[2]);
	T_ERR(getgroups(2, got), EINVAL);
	for (int i = 0; i <= NGROUPS_MAX; i++)
		many[i] = (gid_t) (i + 1);
	T_ERR(setgroups(NGROUPS_MAX + 1, many), EINVAL);
	T_SYS(setgroups(NGROUPS_MAX, many));
	T_EQ(getgroups(NGROUPS_MAX + 1, got), NGROUPS_MAX);
	T_EQ(sysconf(_SC_NGROUPS_MAX), NGROUPS_MAX);
	/* A child has them too; a user may not change them. */
	if ((pid = t_fork()) == 0) {
		T_EQ(getgroups(NGROUPS_MAX, got), NGROUPS_MAX);
		become_user(1, set);
		T_EQ(getgroups(NGROUPS_MAX, got), 1);
		T_ERR(setgroups(0, NULL), EPERM);
		_exit(0);
	}
	T_EQ(t_exit_code(pid), 0);
	T_SYS(setgroups(0, NULL));
	T_EQ(getgroups(0, NULL), 0);
}

/* A file of group 50, mode 0640: the user reads it only as a member. */
static void supplementary_group_grants_access(void)
{
	gid_t g50 = 50, other = OTHER;
	char c;
	pid_t pid;
	int fd;

	t_make_file("secret", "x", 1, 0640);
	T_SYS(chown("secret", 0, 50));
	T_SYS(chmod("secret", 0640));
	T_SYS(mkdir("dir", 0750));
	T_SYS(chown("dir", 0, 50));
	if ((pid = t_fork()) == 0) {
		become_user(1, &g50);
		fd = T_SYS(open("secret", O_RDONLY));
		T_EQ(read(fd, &c, 1), 1);
		T_SYS(close(fd));
		T_ERR(open("secret", O_WRONLY), EACCES);
		T_SYS(access("secret", R_OK));
		T_ERR(access("secret", W_OK), EACCES);
		T_SYS(chdir("dir"));
		_exit(0);
	}
	T_EQ(t_exit_code(pid), 0);
	if ((pid = t_fork()) == 0) {
		become_user(1, &other);
		T_ERR(open("secret", O_RDONLY), EACCES);
		T_ERR(access("secret", R_OK), EACCES);
		T_ERR(chdir("dir"), EACCES);
		_exit(0);
	}
	T_EQ(t_exit_code(pid), 0);
	T_SYS(unlink("secret"));
	T_SYS(rmdir("dir"));
}

/* An owner may give its file to any group it is in, and no other. */
static void owner_chown_to_its_groups(void)
{
	gid_t groups[2] = { 50, 51 };
	struct stat st;
	pid_t pid;

	t_make_file("f", "x", 1, 0644);
	T_SYS(chown("f", USER, USER));
	if ((pid = t_fork()) == 0) {
		become_user(2, groups);
		T_SYS(chown("f", (uid_t) -1, 51));
		T_SYS(chown("f", USER, 50));
		T_SYS(chown("f", (uid_t) -1, USER));
		T_SYS(chown("f", (uid_t) -1, (gid_t) -1));
		T_ERR(chown("f", (uid_t) -1, OTHER), EPERM);
		T_ERR(chown("f", 0, (gid_t) -1), EPERM);
		_exit(0);
	}
	T_EQ(t_exit_code(pid), 0);
	T_SYS(stat("f", &st));
	T_EQ(st.st_gid, USER);
	T_SYS(unlink("f"));
}

/* A user's chown of a program takes its set-id bits away. */
static void user_chown_clears_setid(void)
{
	gid_t g50 = 50;
	struct stat st;
	pid_t pid;

	t_make_file("prog", "x", 1, 0755);
	t_make_file("data", "x", 1, 0644);
	T_SYS(chown("prog", USER, USER));
	T_SYS(chown("data", USER, USER));
	T_SYS(chmod("prog", 06755));
	T_SYS(chmod("data", 02644));	/* group set-id, no execute bit */
	if ((pid = t_fork()) == 0) {
		become_user(1, &g50);
		T_SYS(chown("prog", (uid_t) -1, 50));
		T_SYS(chown("data", (uid_t) -1, 50));
		_exit(0);
	}
	T_EQ(t_exit_code(pid), 0);
	T_SYS(stat("prog", &st));
	T_EQ(st.st_mode & 07777, 0755);
	T_EQ(st.st_gid, 50);
	T_SYS(stat("data", &st));
	T_EQ(st.st_mode & 07777, 02644);	/* no program: bits stay */
	/* Even a chown that changes nothing takes them away. */
	T_SYS(chmod("prog", 04711));
	if ((pid = t_fork()) == 0) {
		become_user(0, NULL);
		T_SYS(chown("prog", USER, (gid_t) -1));
		_exit(0);
	}
	T_EQ(t_exit_code(pid), 0);
	T_SYS(stat("prog", &st));
	T_EQ(st.st_mode & 07777, 0711);
	/* Root's chown keeps them. */
	T_SYS(chmod("prog", 06755));
	T_SYS(chown("prog", 0, 0));
	T_SYS(stat("prog", &st));
	T_EQ(st.st_mode & 07777, 06755);
	T_SYS(unlink("prog"));
	T_SYS(unlink("data"));
}

/* The group database, and initgroups making a user's groups its own. */
static void initgroups_from_etc_group(void)
{
	gid_t got[NGROUPS_MAX];
	struct group *gr;
	int n = NGROUPS_MAX, i;
	pid_t pid;

	gr = getgrnam("users");
	T_CHECK(gr != NULL, "getgrnam(\"users\"): %s", t_errname(errno));
	T_EQ(gr->gr_gid, USER);
	T_CHECK(getgrouplist("ast", USER, got, &n) >= 1 && got[0] == USER,
	    "getgrouplist gave %d groups, first %u", n, got[0]);
	if ((pid = t_fork()) == 0) {
		T_SYS(initgroups("ast", USER));
		n = getgroups(NGROUPS_MAX, got);
		for (i = 0; i < n && got[i] != USER; i++)
			;
		T_CHECK(i < n, "users (%d) is not among the %d groups", USER,
		    n);
		_exit(0);
	}
	T_EQ(t_exit_code(pid), 0);
}

static const struct t_case cases[] = {
	{ "setgroups_and_getgroups", setgroups_and_getgroups, 0 },
	{ "supplementary_group_grants_access",
	    supplementary_group_grants_access, 0 },
	{ "owner_chown_to_its_groups", owner_chown_to_its_groups, 0 },
	{ "user_chown_clears_setid", user_chown_clears_setid, 0 },
	{ "initgroups_from_etc_group", initgroups_from_etc_group, 0 },
	{ NULL, NULL, 0 }
};

int main(int argc, char **argv)
{
	return t_main(argc, argv, cases, NULL);
}
