/*
 * dirent.c - reading directories through getdents().
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include "syscall.h"

#define DIRBUF	4096

struct _dir {
	int fd;
	size_t len;		/* bytes in buf */
	size_t next;		/* offset of the next record */
	char buf[DIRBUF];
};

DIR *fdopendir(int fd)
{
	DIR *d = malloc(sizeof(*d));

	if (d == NULL)
		return NULL;
	d->fd = fd;
	d->len = d->next = 0;
	return d;
}

DIR *opendir(const char *path)
{
	int fd = open(path, O_RDONLY | O_DIRECTORY);
	DIR *d;

	if (fd < 0)
		return NULL;
	if ((d = fdopendir(fd)) == NULL)
		close(fd);
	else
		fcntl(fd, F_SETFD, FD_CLOEXEC);
	return d;
}

struct dirent *readdir(DIR *d)
{
	struct dirent *e;
	ssize_t n;

	if (d->next >= d->len) {
		if ((n = getdents(d->fd, d->buf, sizeof(d->buf))) <= 0)
			return NULL;
		d->len = n;
		d->next = 0;
	}
	e = (struct dirent *) (d->buf + d->next);
	if (e->d_reclen == 0 || d->next + e->d_reclen > d->len) {
		errno = EIO;		/* a malformed record: stop */
		return NULL;
	}
	d->next += e->d_reclen;
	return e;
}

void rewinddir(DIR *d)
{
	lseek(d->fd, 0, SEEK_SET);
	d->len = d->next = 0;
}

int dirfd(DIR *d)
{
	return d->fd;
}

int closedir(DIR *d)
{
	int r = close(d->fd);

	free(d);
	return r;
}
