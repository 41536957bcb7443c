/*
 * pwd.h - the user database, /etc/passwd (lib/libc/gen/pwent.c).
 *
 * A line of /etc/passwd is NAME:PASSWORD:UID:GID:GECOS:HOME:SHELL.  The
 * password field is "x" when the hash is kept in /etc/shadow (shadow.h).
 */
#ifndef _PWD_H
#define _PWD_H

#include <sys/types.h>

#define _PATH_PASSWD	"/etc/passwd"

struct passwd {
	char *pw_name;
	char *pw_passwd;
	uid_t pw_uid;
	gid_t pw_gid;
	char *pw_gecos;			/* the user's full name, and so on */
	char *pw_dir;			/* home directory */
	char *pw_shell;			/* login shell */
};

struct passwd *getpwnam(const char *name);
struct passwd *getpwuid(uid_t uid);
int getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t len,
    struct passwd **result);
int getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t len,
    struct passwd **result);
struct passwd *getpwent(void);
void setpwent(void);
void endpwent(void);

#endif
