/*
 * test_gen.c - path names (basename, dirname), and sysconf's and
 * confstr's tables.  (The user and group files: test_users.c.)
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
	test_sysconf();
	return t_done();
}
