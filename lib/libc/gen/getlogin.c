/*
 * getlogin.c - who is logged in: getlogin(), getlogin_r(), and the old
 * cuserid(), and ctermid(), the name of the controlling terminal.
 *
 * Resurgo keeps no record of logins (no utmp): the login name is the
 * name /etc/passwd gives the real user id, which login and su set.
 * cuserid() names the effective user, as the XSI once said.
 */
#include <errno.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int getlogin_r(char *name, size_t size)
{
	struct passwd *pw;
	int saved = errno;

	errno = 0;
	if ((pw = getpwuid(getuid())) == NULL) {
		int r = errno != 0 ? errno : ENXIO;	/* no such user */
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
