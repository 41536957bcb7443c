/*
 * utmpx.c - the user accounting database: a file of struct utmpx
 * records (utmpx.h), read one at a time from a current place.
 *
 * getutxid and getutxline search forward from the place after the
 * last record read; pututxline replaces the record that getutxid
 * would find searching from the start, or adds one at the end, and
 * needs the right to write the file (root's).  Writers do not lock:
 * login is the one writer.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <utmpx.h>

static int fd = -1;
static int writable;		/* fd is open for writing too */
static struct utmpx cur;

static int open_db(int write)
{
	if (fd >= 0 && (writable || !write))
		return 0;
	if (fd >= 0)
		close(fd);
	fd = write ? open(_PATH_UTMPX, O_RDWR | O_CREAT, 0644)
	    : open(_PATH_UTMPX, O_RDONLY);
	writable = write;
	return fd < 0 ? -1 : 0;
}

void setutxent(void)
{
	if (fd >= 0)
		lseek(fd, 0, SEEK_SET);
}

void endutxent(void)
{
	if (fd >= 0)
		close(fd);
	fd = -1;
}

struct utmpx *getutxent(void)
{
	if (open_db(0) < 0)
		return NULL;
	if (read(fd, &cur, sizeof(cur)) != (ssize_t) sizeof(cur))
		return NULL;
	return &cur;
}

static int session_type(short t)
{
	return t == INIT_PROCESS || t == LOGIN_PROCESS ||
	    t == USER_PROCESS || t == DEAD_PROCESS;
}

/* Whether e is the entry that id names, as getutxid has it. */
static int same_id(const struct utmpx *e, const struct utmpx *id)
{
	if (id->ut_type == BOOT_TIME || id->ut_type == OLD_TIME ||
	    id->ut_type == NEW_TIME)
		return e->ut_type == id->ut_type;
	return session_type(id->ut_type) && session_type(e->ut_type) &&
	    memcmp(e->ut_id, id->ut_id, sizeof(e->ut_id)) == 0;
}

struct utmpx *getutxid(const struct utmpx *id)
{
	struct utmpx *e;

	while ((e = getutxent()) != NULL)
		if (same_id(e, id))
			return e;
	return NULL;
}

struct utmpx *getutxline(const struct utmpx *line)
{
	struct utmpx *e;

	while ((e = getutxent()) != NULL)
		if ((e->ut_type == LOGIN_PROCESS || e->ut_type == USER_PROCESS)
		    && strncmp(e->ut_line, line->ut_line,
		    sizeof(e->ut_line)) == 0)
			return e;
	return NULL;
}

struct utmpx *pututxline(const struct utmpx *entry)
{
	struct utmpx copy = *entry;	/* entry may be our own cur */
	ssize_t n = -1;
	off_t at;

	if (open_db(1) < 0)
		return NULL;
	lseek(fd, 0, SEEK_SET);
	if (getutxid(&copy) != NULL)
		at = lseek(fd, -(off_t) sizeof(cur), SEEK_CUR);
	else
		at = lseek(fd, 0, SEEK_END);
	if (at >= 0)
		n = write(fd, &copy, sizeof(copy));
	if (n != (ssize_t) sizeof(copy)) {
		if (n >= 0)
			errno = ENOSPC;		/* a short write */
		return NULL;
	}
	cur = copy;
	return &cur;
}
