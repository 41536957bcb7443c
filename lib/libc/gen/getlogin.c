/*
 * getlogin.c - who is logged in: getlogin(), getlogin_r(), and the old
 * cuserid(), and ctermid(), the name of the controlling terminal.
 *
 * The login name is the user login recorded in utmp for the caller's
 * terminal (the first of descriptors 0, 1 and 2 that is one), so that
 * it stays the same after su.  Without such a session (the console's
 * shell that init starts when nobody logs in), it is the name
 * /etc/passwd gives the real user id.  cuserid() names the effective
 * user, as the XSI once said.
 */
#include <errno.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <utmpx.h>

/* The user of the live session on the caller's terminal, into name
 * (size bytes): 0, ERANGE, or -1 if there is none. */
static int session_user(char *name, size_t size)
{
	struct utmpx key, *u;
	const char *tty = NULL;
	size_t len = 0;
	int fd;

	for (fd = 0; fd <= 2 && tty == NULL; fd++)
		tty = ttyname(fd);
	if (tty == NULL || strncmp(tty, "/dev/", 5) != 0)
		return -1;
	memset(&key, 0, sizeof(key));
	strncpy(key.ut_line, tty + 5, sizeof(key.ut_line));
	setutxent();
	while ((u = getutxline(&key)) != NULL && u->ut_type != USER_PROCESS)
		;
	if (u != NULL) {
		len = strnlen(u->ut_user, sizeof(u->ut_user));
		if (len >= size) {
			endutxent();
			return ERANGE;
		}
		memcpy(name, u->ut_user, len);
		name[len] = '\0';
	}
	endutxent();
	return u != NULL && len > 0 ? 0 : -1;
}

int getlogin_r(char *name, size_t size)
{
	struct passwd *pw;
	int saved = errno, r;

	if ((r = session_user(name, size)) >= 0) {
		errno = saved;
		return r;
	}
	errno = 0;
	if ((pw = getpwuid(getuid())) == NULL) {
		r = errno != 0 ? errno : ENXIO;		/* no such user */
		errno = saved;
		return r;
	}
	errno = saved;
	if (strlen(pw->pw_name) >= size)
		return ERANGE;
	strcpy(name, pw->pw_name);
	return 0;
}

char *getlogin(void)
{
	static char name[LOGIN_NAME_MAX];
	int r = getlogin_r(name, sizeof(name));

	if (r != 0) {
		errno = r;
		return NULL;
	}
	return name;
}

char *cuserid(char *s)
{
	static char name[L_cuserid];
	struct passwd *pw = getpwuid(geteuid());

	if (s == NULL)
		s = name;
	if (pw == NULL || strlen(pw->pw_name) >= L_cuserid) {
		s[0] = '\0';
		return s == name ? NULL : s;
	}
	return strcpy(s, pw->pw_name);
}

/* Whichever terminal the caller has, /dev/tty names it. */
char *ctermid(char *s)
{
	static char name[L_ctermid];

	if (s == NULL)
		s = name;
	return strcpy(s, "/dev/tty");
}
