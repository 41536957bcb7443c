/*
 * test_gen.c - path names (basename, dirname), the user and group files
 * read through the fake file system, and sysconf's and confstr's tables.
 */
#include <stdio.h>
#include <string.h>
#include "harness.h"
#include "rs.h"

/* Resurgo's numbers (include/sys/unistd_conf.h), not the host's. */
#define RS_SC_ARG_MAX	0
#define RS_SC_OPEN_MAX	4
#define RS_SC_SAVED_IDS	8
#define RS_SC_PAGESIZE	30
#define RS_SC_COUNT	127
#define RS_CS_PATH	0
#define RS_CS_COUNT	6

static void test_libgen(void)
{
	static const struct { const char *in, *base, *dir; } t[] = {
		{ "/usr/lib", "lib", "/usr" }, { "/usr/", "usr", "/" },
		{ "usr", "usr", "." }, { "/", "/", "/" }, { "//", "/", "/" },
		{ ".", ".", "." }, { "..", "..", "." }, { "a/b/", "b", "a" },
		{ "//x//y//", "y", "//x" }, { "/a", "a", "/" }, { "", ".", "." },
	};
	char a[32], b[32];

	t_begin("basename and dirname");
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		strcpy(a, t[i].in);
		strcpy(b, t[i].in);
		if (strcmp(rs_basename(a), t[i].base) != 0)
			t_fail("basename(\"%s\") is \"%s\"", t[i].in,
			    rs_basename(a));
		if (strcmp(rs_dirname(b), t[i].dir) != 0)
			t_fail("dirname(\"%s\") is \"%s\"", t[i].in, b);
	}
	if (strcmp(rs_basename(NULL), ".") || strcmp(rs_dirname(NULL), "."))
		t_fail("NULL is not \".\"");
	t_end();
}

static const char passwd[] =
    "root:x:0:0:root:/root:/bin/sh\n"
    "# a comment\n"
    "\n"
    "broken:x:notanumber:1:b:/:/bin/sh\n"
    "short:x:5\n"
    "toolong:x:6:6:a:b:c:d\n"
    "ast:hash:8:3:Andrew:/home/ast:/bin/sh\n"
    "nolf:x:9:9::/:";

static const char group[] =
    "root:x:0:\n"
    "staff:x:3:ast,root,user\n"
    "bad:x:-1:ast\n"
    "empty:x:4:";

static void test_passwd(void)
{
	struct rs_passwd *pw, pwb, *res;
	char small[16], big[256];

	fake_files_reset();
	fake_file_put("/etc/passwd", passwd, strlen(passwd));
	pw = rs_getpwnam("ast");
	t_check("getpwnam finds a user after bad lines", pw != NULL &&
	    pw->pw_uid == 8 && pw->pw_gid == 3 &&
	    strcmp(pw->pw_gecos, "Andrew") == 0 &&
	    strcmp(pw->pw_shell, "/bin/sh") == 0, "got %p", (void *) pw);
	pw = rs_getpwuid(9);
	t_check("the last line needs no newline", pw != NULL &&
	    strcmp(pw->pw_name, "nolf") == 0 && pw->pw_shell[0] == '\0',
	    "got %p", (void *) pw);
	t_check("malformed lines are no users", rs_getpwnam("broken") == NULL
	    && rs_getpwnam("short") == NULL && rs_getpwnam("toolong") == NULL
	    && rs_getpwuid(5) == NULL, "found one");
	t_int("getpwnam_r: too small a buffer", rs_getpwnam_r("ast", &pwb,
	    small, sizeof small, &res), RS_ERANGE);
	t_int("getpwnam_r: big enough", rs_getpwnam_r("ast", &pwb, big,
	    sizeof big, &res), 0);
	t_check("getpwnam_r's strings are in the buffer", res == &pwb &&
	    pwb.pw_dir >= big && pwb.pw_dir < big + sizeof big &&
	    strcmp(pwb.pw_dir, "/home/ast") == 0, "dir %s", pwb.pw_dir);
	t_int("getpwnam_r: no such user", rs_getpwnam_r("nobody", &pwb, big,
	    sizeof big, &res) == 0 && res == NULL, 1);
	int n = 0;
	rs_setpwent();
	while ((pw = rs_getpwent()) != NULL)
		n++;
	rs_endpwent();
	t_int("getpwent lists the good lines", n, 3);
	t_int("no file left open", fake_open_fds(), 0);
}

static void test_group(void)
{
	struct rs_group *gr, grb, *res;
	char small[24], big[256];

	fake_files_reset();
	fake_file_put("/etc/group", group, strlen(group));
	gr = rs_getgrnam("staff");
	t_check("getgrnam splits the members", gr != NULL && gr->gr_gid == 3
	    && gr->gr_mem[0] && strcmp(gr->gr_mem[0], "ast") == 0 &&
	    gr->gr_mem[2] && strcmp(gr->gr_mem[2], "user") == 0 &&
	    gr->gr_mem[3] == NULL, "got %p", (void *) gr);
	gr = rs_getgrgid(4);
	t_check("a group with no members", gr != NULL && gr->gr_mem[0] ==
	    NULL, "got %p", (void *) gr);
	t_check("a bad gid is no group", rs_getgrnam("bad") == NULL, "found");
	t_int("getgrgid_r: the member array must fit too",
	    rs_getgrgid_r(3, &grb, small, sizeof small, &res), RS_ERANGE);
	t_check("getgrgid_r", rs_getgrgid_r(3, &grb, big, sizeof big, &res)
	    == 0 && res == &grb && strcmp(grb.gr_mem[1], "root") == 0 &&
	    (char *) grb.gr_mem >= big && (char *) grb.gr_mem < big + 256,
	    "failed");
	int n = 0;
	rs_setgrent();
	while ((gr = rs_getgrent()) != NULL)
		n++;
	rs_endgrent();
	t_int("getgrent lists the good lines", n, 3);
	fake_files_reset();
	t_check("no /etc/group: no group", rs_getgrnam("staff") == NULL &&
	    rs_errno == RS_ENOENT, "errno %d", rs_errno);
}

static void test_sysconf(void)
{
	char buf[8];

	t_begin("every sysconf name has an answer");
	for (int i = 0; i < RS_SC_COUNT; i++) {
		rs_errno = 0;
		if (rs_sysconf(i) == -1 && rs_errno != 0)
			t_fail("sysconf(%d) fails with errno %d", i, rs_errno);
	}
	t_end();
	rs_errno = 0;
	t_check("unknown names are EINVAL", rs_sysconf(RS_SC_COUNT) == -1 &&
	    rs_errno == RS_EINVAL && rs_sysconf(-1) == -1, "errno %d",
	    rs_errno);
	t_int("_SC_ARG_MAX", rs_sysconf(RS_SC_ARG_MAX), 128 * 1024);
	t_int("_SC_OPEN_MAX", rs_sysconf(RS_SC_OPEN_MAX), 64);
	t_int("_SC_PAGESIZE", rs_sysconf(RS_SC_PAGESIZE), 4096);
	rs_errno = 0;
	t_check("no saved set-ids: -1, errno untouched",
	    rs_sysconf(RS_SC_SAVED_IDS) == -1 && rs_errno == 0, "errno %d",
	    rs_errno);
	t_int("confstr's size counts the NUL", rs_confstr(RS_CS_PATH, NULL,
	    0), (long long) strlen("/bin:/usr/bin") + 1);
	rs_confstr(RS_CS_PATH, buf, sizeof buf);
	t_str("confstr cuts to the buffer", buf, "/bin:/u");
	t_begin("every confstr name has an answer");
	for (int i = 0; i < RS_CS_COUNT; i++)
		if (rs_confstr(i, NULL, 0) == 0)
			t_fail("confstr(%d) has none", i);
	t_end();
}

int main(void)
{
	test_libgen();
	test_passwd();
	test_group();
	test_sysconf();
	return t_done();
}
