/*
 * pathconf.c - pathconf() and fpathconf(): the limits that hold for one
 * file.
 *
 * The file is looked at first (it must exist: ENOENT, EBADF otherwise);
 * what its file system says of itself (statvfs: the longest name, the
 * block size) comes from the file server; the rest are the limits VFS
 * and the file system's format impose (<limits.h>), the same for every
 * file.  A pipe has no file system, so names and blocks mean nothing for
 * it (EINVAL).  What the system does not have answers -1 with errno
 * untouched: asynchronous, prioritised and synchronised I/O, a maximum
 * transfer size, and a character that disables a terminal's special
 * characters (the tty driver honours none for every character).
 */
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/statvfs.h>

#define NO	(-1L)
#define ASK_FS	(-2L)		/* from the file system's statvfs */
#define TTY	(-3L)		/* only for a terminal */

/* MFS keeps times in whole seconds. */
#define TIMESTAMP_NS	1000000000L

static const long pc_value[_PC_COUNT] = {
	[_PC_LINK_MAX] = LINK_MAX,
	[_PC_MAX_CANON] = TTY,
	[_PC_MAX_INPUT] = TTY,
	[_PC_NAME_MAX] = ASK_FS,
	[_PC_PATH_MAX] = PATH_MAX,
	[_PC_PIPE_BUF] = PIPE_BUF,
	[_PC_CHOWN_RESTRICTED] = _POSIX_CHOWN_RESTRICTED,
	[_PC_NO_TRUNC] = _POSIX_NO_TRUNC,
	[_PC_VDISABLE] = NO,
	[_PC_2_SYMLINKS] = 1,
	[_PC_ALLOC_SIZE_MIN] = ASK_FS,
	[_PC_ASYNC_IO] = _POSIX_ASYNC_IO,
	[_PC_FILESIZEBITS] = FILESIZEBITS,
	[_PC_PRIO_IO] = _POSIX_PRIO_IO,
	[_PC_REC_INCR_XFER_SIZE] = ASK_FS,
	[_PC_REC_MAX_XFER_SIZE] = NO,
	[_PC_REC_MIN_XFER_SIZE] = ASK_FS,
	[_PC_REC_XFER_ALIGN] = 1,	/* VFS copies from any address */
	[_PC_SYMLINK_MAX] = SYMLINK_MAX,
	[_PC_SYNC_IO] = _POSIX_SYNC_IO,
	[_PC_TIMESTAMP_RESOLUTION] = TIMESTAMP_NS,
};

/* The answer, once the file is known: its stat, its file system's
 * statvfs (have_fs false for a pipe), and whether it is a terminal. */
static long answer(int name, const struct stat *st,
    const struct statvfs *sv, int have_fs, int tty)
{
	long v;

	if (name < 0 || name >= _PC_COUNT || pc_value[name] == 0) {
		errno = EINVAL;
		return -1;
	}
	v = pc_value[name];
	if (v == TTY) {
		if (!tty) {
			errno = EINVAL;
			return -1;
		}
		return name == _PC_MAX_CANON ? MAX_CANON : MAX_INPUT;
	}
	if (v != ASK_FS)
		return v;
	if (!have_fs || S_ISFIFO(st->st_mode)) {
		errno = EINVAL;
		return -1;
	}
	return name == _PC_NAME_MAX ? (long) sv->f_namemax : (long) sv->f_bsize;
}

long pathconf(const char *path, int name)
{
	struct statvfs sv;
	struct stat st;
	int have_fs, saved = errno;

	if (stat(path, &st) < 0)
		return -1;
	have_fs = statvfs(path, &sv) == 0;
	errno = saved;		/* -1 for "no limit" leaves errno alone */
	/* Whether a device is a terminal would take opening it. */
	return answer(name, &st, &sv, have_fs, S_ISCHR(st.st_mode));
}

long fpathconf(int fd, int name)
{
	struct statvfs sv;
	struct stat st;
	int have_fs, tty, saved = errno;

	if (fstat(fd, &st) < 0)
		return -1;
	have_fs = fstatvfs(fd, &sv) == 0;
	tty = isatty(fd);
	errno = saved;
	return answer(name, &st, &sv, have_fs, tty);
}
