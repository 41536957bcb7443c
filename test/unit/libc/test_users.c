/*
 * test_users.c - the user, group and password databases: getpwnam,
 * getpwuid, getpwent, getgrnam, getgrgid and their members, getspnam,
 * over /etc/passwd, /etc/group and /etc/shadow in the fake file system;
 * malformed lines passed over, a missing file, a buffer too small.
 */
#include <stdio.h>
#include <string.h>
#include "harness.h"
#include "rs.h"

static const char passwd[] =
    "root:x:0:0:root:/root:/bin/sh\n"
    "broken line without fields\n"
    "bad:x:notanumber:0::/:/bin/sh\n"
    "ast:x:100:100:Andrew S. Tanenbaum:/home/ast:/bin/sh\n"
    "nobody:x:65534:65534::/:/bin/false";		/* no final newline */

static const char group[] =
    "root:x:0:\n"
    "staff:x:50:ast,root,daemon\n"
    "users:x:100:ast\n";

static const char shadow[] =
    "root:$5$abc$hash:19000:0:99999:7:::\n"
    "ast::::::::\n"
    "bad:x:y:::::::\n";

static void files(void)
{
	fake_files_reset();
	fake_file_put("/etc/passwd", passwd, strlen(passwd));
	fake_file_put("/etc/group", group, strlen(group));
	fake_file_put("/etc/shadow", shadow, strlen(shadow));
}

static void test_passwd(void)
{
	struct rs_passwd *pw, ent, *res;
	char small[8], buf[256];
	int n = 0;

	pw = rs_getpwnam("ast");
	t_check("getpwnam finds a user", pw != NULL && pw->pw_uid == 100 &&
	    pw->pw_gid == 100 && strcmp(pw->pw_dir, "/home/ast") == 0 &&
	    strcmp(pw->pw_gecos, "Andrew S. Tanenbaum") == 0 &&
	    strcmp(pw->pw_shell, "/bin/sh") == 0, "%p", (void *) pw);
	pw = rs_getpwuid(65534);
	t_check("getpwuid reads an unended last line",
	    pw != NULL && strcmp(pw->pw_name, "nobody") == 0 &&
	    strcmp(pw->pw_shell, "/bin/false") == 0, "%p", (void *) pw);
	t_check("getpwnam of nobody there", rs_getpwnam("nosuch") == NULL &&
	    rs_getpwnam("bad") == NULL && rs_getpwnam("") == NULL, "found");
	t_int("getpwnam_r with too small a buffer",
	    rs_getpwnam_r("root", &ent, small, sizeof(small), &res), RS_ERANGE);
	t_check("getpwnam_r fills the caller's buffer",
	    rs_getpwnam_r("root", &ent, buf, sizeof(buf), &res) == 0 &&
	    res == &ent && ent.pw_name >= buf && ent.pw_name < buf + 256 &&
	    strcmp(ent.pw_dir, "/root") == 0, "res %p", (void *) res);
	rs_setpwent();
	while ((pw = rs_getpwent()) != NULL)
		n++;
	rs_endpwent();
	t_int("getpwent passes over malformed lines", n, 3);
}

static void test_group(void)
{
	struct rs_group *gr, ent, *res;
	char buf[256], small[24];
	int n = 0;

	gr = rs_getgrnam("staff");
	t_check("getgrnam lists the members", gr != NULL && gr->gr_gid == 50 &&
	    gr->gr_mem[0] != NULL && strcmp(gr->gr_mem[0], "ast") == 0 &&
	    strcmp(gr->gr_mem[1], "root") == 0 &&
	    strcmp(gr->gr_mem[2], "daemon") == 0 && gr->gr_mem[3] == NULL,
	    "%p", (void *) gr);
	gr = rs_getgrgid(0);
	t_check("getgrgid of a group without members", gr != NULL &&
	    strcmp(gr->gr_name, "root") == 0 && gr->gr_mem[0] == NULL,
	    "%p", (void *) gr);
	t_check("getgrgid of no group", rs_getgrgid(7) == NULL, "found");
	t_check("getgrgid_r in the caller's buffer",
	    rs_getgrgid_r(100, &ent, buf, sizeof(buf), &res) == 0 &&
	    res == &ent && strcmp(ent.gr_mem[0], "ast") == 0 &&
	    (char *) ent.gr_mem >= buf && (char *) ent.gr_mem < buf + 256,
	    "res %p", (void *) res);
	t_int("getgrgid_r: no room for the members",
	    rs_getgrgid_r(50, &ent, small, sizeof(small), &res), RS_ERANGE);
	while ((gr = rs_getgrent()) != NULL)
		n++;
	rs_endgrent();
	t_int("getgrent", n, 3);
}

static void test_shadow(void)
{
	struct rs_spwd *sp = rs_getspnam("root");

	t_check("getspnam", sp != NULL &&
	    strcmp(sp->sp_pwdp, "$5$abc$hash") == 0 &&
	    sp->sp_lstchg == 19000 && sp->sp_max == 99999 &&
	    sp->sp_inact == -1, "%p", (void *) sp);
	sp = rs_getspnam("ast");
	t_check("getspnam: an empty hash", sp != NULL &&
	    sp->sp_pwdp[0] == '\0' && sp->sp_min == -1, "%p", (void *) sp);
	t_check("getspnam passes over bad numbers", rs_getspnam("bad") == NULL,
	    "found");
}

static void test_missing(void)
{
	fake_files_reset();
	rs_errno = 0;
	t_check("no /etc/passwd: NULL and errno",
	    rs_getpwnam("root") == NULL && rs_errno == RS_ENOENT,
	    "errno %d", rs_errno);
	t_check("no /etc/group", rs_getgrnam("root") == NULL, "found");
	t_int("no descriptors left open", fake_open_fds(), 0);
}

int main(void)
{
	files();
	test_passwd();
	test_group();
	test_shadow();
	t_int("lookups close their files", fake_open_fds(), 0);
	test_missing();
	return t_done();
}
