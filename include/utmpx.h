/*
 * utmpx.h - who is logged in: the user accounting database
 * (lib/libc/gen/utmpx.c).
 *
 * login adds a USER_PROCESS entry for each session and marks it a
 * DEAD_PROCESS when the session ends; init empties the file at boot.
 * who and uptime read it.
 */
#ifndef _UTMPX_H
#define _UTMPX_H

#include <sys/types.h>
#include <sys/time.h>

#define _PATH_UTMPX	"/var/run/utmp"

struct utmpx {
	char ut_user[32];		/* user name, not NUL-ended if full */
	char ut_id[4];			/* the session's id: the line's tail */
	char ut_line[32];		/* terminal, without "/dev/" */
	pid_t ut_pid;
	short ut_type;
	struct timeval ut_tv;		/* when the entry was made */
};

/* ut_type */
#define EMPTY		0
#define BOOT_TIME	1
#define OLD_TIME	2
#define NEW_TIME	3
#define USER_PROCESS	4
#define INIT_PROCESS	5
#define LOGIN_PROCESS	6
#define DEAD_PROCESS	7

void setutxent(void);
struct utmpx *getutxent(void);
struct utmpx *getutxid(const struct utmpx *id);
struct utmpx *getutxline(const struct utmpx *line);
struct utmpx *pututxline(const struct utmpx *entry);
void endutxent(void);

#endif
