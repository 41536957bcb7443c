/*
 * test_utmpx.c - the user accounting database: entries added and
 * replaced by pututxline, found by getutxid and getutxline, read in
 * order by getutxent, and a missing file.
 */
#include <string.h>
#include "harness.h"
#include "rs.h"

#define USER_PROCESS	4
#define LOGIN_PROCESS	6
#define DEAD_PROCESS	7
#define BOOT_TIME	1
#define DB		"/var/run/utmp"

static struct rs_utmpx entry(const char *user, const char *line, int type,
    int pid)
{
	struct rs_utmpx u;

	memset(&u, 0, sizeof(u));
	strncpy(u.ut_user, user, sizeof(u.ut_user));
	strncpy(u.ut_line, line, sizeof(u.ut_line));
	strncpy(u.ut_id, line + (strlen(line) > 4 ? strlen(line) - 4 : 0),
	    sizeof(u.ut_id));
	u.ut_type = (short) type;
	u.ut_pid = pid;
	return u;
}

static int count(void)
{
	int n = 0;

	rs_setutxent();
	while (rs_getutxent() != NULL)
		n++;
	return n;
}

int main(void)
{
	struct rs_utmpx a = entry("root", "console", USER_PROCESS, 10);
	struct rs_utmpx b = entry("ast", "tty00", USER_PROCESS, 11);
	struct rs_utmpx boot = entry("", "~", BOOT_TIME, 0), *e;
	size_t len;

	fake_files_reset();
	rs_endutxent();
	t_check("no database: getutxent is NULL", rs_getutxent() == NULL,
	    "an entry");
	t_check("pututxline adds", rs_pututxline(&a) != NULL &&
	    rs_pututxline(&b) != NULL && rs_pututxline(&boot) != NULL,
	    "errno %d", rs_errno);
	fake_file_data(DB, &len);
	t_int("one record each", (long long) len, 3 * sizeof(a));
	rs_setutxent();
	e = rs_getutxline(&b);
	t_check("getutxline", e != NULL && strcmp(e->ut_user, "ast") == 0 &&
	    e->ut_pid == 11, "%p", (void *) e);
	b.ut_type = DEAD_PROCESS;
	t_check("pututxline replaces the same id", rs_pututxline(&b) != NULL &&
	    count() == 3, "count %d", count());
	rs_setutxent();
	t_check("a dead session is no line's", rs_getutxline(&b) == NULL,
	    "found");
	rs_setutxent();
	e = rs_getutxid(&b);
	t_check("getutxid finds it dead", e != NULL &&
	    e->ut_type == DEAD_PROCESS, "%p", (void *) e);
	rs_setutxent();
	e = rs_getutxid(&boot);
	t_check("getutxid of a time entry", e != NULL &&
	    e->ut_type == BOOT_TIME, "%p", (void *) e);
	rs_setutxent();
	e = rs_getutxent();
	t_check("getutxent in order", e != NULL &&
	    strcmp(e->ut_line, "console") == 0, "%p", (void *) e);
	rs_endutxent();
	t_int("endutxent closes", fake_open_fds(), 0);
	return t_done();
}
