/*
 * harness.h - what the MFS tests get from the build machine.
 *
 * The tests and the core are compiled against the system's own headers
 * (errno numbers, struct dirent, struct statvfs are Resurgo's), while
 * files, processes and printing come from the host's C library.  This
 * header is the seam between the two: it uses only fixed-width types, so
 * both sides can include it.  harness.c is the host side.
 */
#ifndef MFS_TEST_HARNESS_H
#define MFS_TEST_HARNESS_H

#include <stddef.h>
#include <stdint.h>
#include "mfs.h"

#define PRINTFLIKE(f, a)	__attribute__((format(printf, f, a)))

/* Record a failure of the running case (the first one is reported). */
int t_fail(const char *file, int line, const char *fmt, ...) PRINTFLIKE(3, 4);

/* A case stops at its first failed check. */
#define CHECK(c) do {							\
	if (!(c)) {							\
		t_fail(__FILE__, __LINE__, "%s", #c);			\
		return;							\
	}								\
} while (0)
#define CHECK_EQ(a, b) do {						\
	long long a_ = (long long) (a), b_ = (long long) (b);		\
	if (a_ != b_) {							\
		t_fail(__FILE__, __LINE__, "%s is %lld, not %lld",	\
		    #a, a_, b_);					\
		return;							\
	}								\
} while (0)
#define CHECK_OK(e)	CHECK_EQ(e, 0)
/* The same in helpers that return int: -1 on failure. */
#define ENSURE(c) do {							\
	if (!(c))							\
		return t_fail(__FILE__, __LINE__, "%s", #c);		\
} while (0)
#define ENSURE_EQ(a, b) do {						\
	long long a_ = (long long) (a), b_ = (long long) (b);		\
	if (a_ != b_)							\
		return t_fail(__FILE__, __LINE__, "%s is %lld, not %lld", \
		    #a, a_, b_);					\
} while (0)

/* Text. */
void h_fmt(char *buf, size_t size, const char *fmt, ...) PRINTFLIKE(3, 4);

/* Files in the run's temporary folder. */
void h_path(char *buf, size_t size, const char *name);
int h_file_new(const char *path, uint64_t size);	/* zero-filled */
int h_file_resize(const char *path, uint64_t size);
int h_patch(const char *path, uint64_t pos, const void *data, size_t len);
int h_peek(const char *path, uint64_t pos, void *data, size_t len);
int h_file_info(const char *path, uint64_t *size, uint32_t *mode,
    int64_t *mtime);			/* lstat, host's file types */
void h_remove(const char *path);

/* Shell commands: the exit status; its output in out (if not NULL). */
int h_sh(char *out, size_t size, const char *fmt, ...) PRINTFLIKE(3, 4);
int h_have(const char *command);
const char *h_mkfs_mfs(void);		/* path of the built mkfs.mfs */

/* A file as a device.  h_dev_writes counts the writes it has seen. */
int h_dev_open(const char *path, int readonly, struct mfs_blockdev *dev);
void h_dev_close(struct mfs_blockdev *dev);
uint64_t h_dev_writes(const struct mfs_blockdev *dev);

/* A clock the tests set, for timestamps; and a repeatable random source. */
int64_t h_clock(void);
void h_set_clock(int64_t t);
uint32_t h_rand(void);
void h_srand(uint32_t seed);

#endif
