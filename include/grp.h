/*
 * grp.h - the group database, /etc/group (lib/libc/gen/grent.c).
 *
 * A line of /etc/group is NAME:PASSWORD:GID:USER,USER,...; the members
 * named are those for whom it is a supplementary group.
 */
#ifndef _GRP_H
#define _GRP_H

#include <sys/types.h>

#define _PATH_GROUP	"/etc/group"

struct group {
	char *gr_name;
	char *gr_passwd;
	gid_t gr_gid;
	char **gr_mem;			/* member names, NULL-terminated */
};

struct group *getgrnam(const char *name);
struct group *getgrgid(gid_t gid);
int getgrnam_r(const char *name, struct group *gr, char *buf, size_t len,
    struct group **result);
int getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t len,
    struct group **result);
struct group *getgrent(void);
void setgrent(void);
void endgrent(void);

#endif
