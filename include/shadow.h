/*
 * shadow.h - the password hashes, /etc/shadow (lib/libc/gen/spent.c).
 *
 * Only root may read /etc/shadow.  A line is NAME:HASH:LASTCHG:MIN:MAX:
 * WARN:INACTIVE:EXPIRE:FLAG as on other Unix systems; HASH is what
 * crypt() makes ("$5$salt$..."), empty for no password, or a string
 * crypt() can never give ("*", "!") for an account nobody may enter.
 * The numbers are kept but not acted upon: passwords do not age here.
 */
#ifndef _SHADOW_H
#define _SHADOW_H

#define _PATH_SHADOW	"/etc/shadow"

struct spwd {
	char *sp_namp;			/* user name */
	char *sp_pwdp;			/* the hash */
	long sp_lstchg;			/* days since 1970 of the last change */
	long sp_min, sp_max, sp_warn;	/* days; -1 when empty */
	long sp_inact, sp_expire;
	unsigned long sp_flag;
};

struct spwd *getspnam(const char *name);
struct spwd *getspent(void);
void setspent(void);
void endspent(void);

#endif
