/*
 * pwd.h - the user database (/etc/passwd).
 */
#ifndef _PWD_H
#define _PWD_H

#include <sys/types.h>

struct passwd {
	char *pw_name;
	char *pw_passwd;	/* the hash, or "x" */
	uid_t pw_uid;
	gid_t pw_gid;
	char *pw_gecos;		/* the user's full name and the like */
	char *pw_dir;		/* home directory */
	char *pw_shell;
};

struct passwd *getpwnam(const char *name);
struct passwd *getpwuid(uid_t uid);
int getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size,
    struct passwd **result);
int getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t size,
    struct passwd **result);
struct passwd *getpwent(void);
void setpwent(void);
void endpwent(void);

#endif
