/*
 * archive.c - tar: the archive, read and written a block at a time,
 * through records of 20 blocks (the traditional blocking, which the
 * tars of other systems expect: an archive is a whole number of
 * records, ended by two zero blocks).  A short read (a pipe) is made
 * up by reading again.  The archive can be a file, a device such as a
 * disk (/dev/c0d0) or the standard input or output.
 *
 * Entry points: ar_open, ar_read, ar_write, ar_close, ar_is.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include "tar.h"

static int fd = -1;
static unsigned char record[RECORD];
static size_t used, filled;		/* bytes used, and read in */
static struct stat self;		/* the archive, if a file */
static int have_self;

void ar_open(int writing)
{
	if (strcmp(opt.file, "-") == 0)
		fd = writing ? 1 : 0;
	else if (writing)
		fd = open(opt.file, O_WRONLY | O_CREAT | O_TRUNC, 0666);
	else
		fd = open(opt.file, O_RDONLY);
	if (fd < 0)
		die("%s: %s", opt.file, strerror(errno));
	have_self = fstat(fd, &self) == 0 && S_ISREG(self.st_mode);
	used = filled = 0;
}

int ar_is(const struct stat *st)
{
	return have_self && st->st_dev == self.st_dev &&
	    st->st_ino == self.st_ino;
}

int ar_read(unsigned char *block)
{
	ssize_t n;

	while (filled - used < BLOCK) {
		memmove(record, record + used, filled - used);	/* < BLOCK */
		filled -= used;
		used = 0;
		n = read(fd, record + filled, RECORD - filled);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			die("%s: %s", opt.file, strerror(errno));
		if (n == 0 && filled > 0)
			die("%s: not a tar archive (it ends in the middle of "
			    "a block)", opt.file);
		if (n == 0)
			return 0;
		filled += (size_t) n;
	}
	memcpy(block, record + used, BLOCK);
	used += BLOCK;
	return 1;
}

static void flush(void)
{
	size_t done = 0;
	ssize_t n;

	while (done < used) {
		n = write(fd, record + done, used - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			die("%s: %s", opt.file, n < 0 ? strerror(errno) :
			    "no room");
		done += (size_t) n;
	}
	used = 0;
}

void ar_write(const unsigned char *block)
{
	memcpy(record + used, block, BLOCK);
	used += BLOCK;
	if (used == RECORD)
		flush();
}

void ar_close(int writing)
{
	static const unsigned char zero[BLOCK];

	if (writing) {
		ar_write(zero);
		ar_write(zero);
		while (used != 0)
			ar_write(zero);
	}
	if (fd > 1 && close(fd) < 0)
		die("%s: %s", opt.file, strerror(errno));
}
