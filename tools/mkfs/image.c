/*
 * image.c - mkfs.mfs's calls into the MFS core, in the system's numbers:
 * node kinds become S_IF* modes, and the core's negative errno values
 * become text.  Compiled against the tree's include/, like the core.
 *
 * Entry points: img_make, img_write, img_is_dir, img_no_space,
 * img_strerror, img_eio.
 */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include "image.h"

const int img_eio = -EIO;

static const uint32_t kind_mode[] = {
	[IMG_FILE] = S_IFREG,
	[IMG_DIR] = S_IFDIR,
	[IMG_LINK] = S_IFLNK,
	[IMG_CHR] = S_IFCHR,
	[IMG_BLK] = S_IFBLK,
	[IMG_FIFO] = S_IFIFO,
};

int img_make(struct mfs_fs *fs, uint32_t dir, const char *name,
    enum img_kind kind, uint32_t perm, uint32_t rdev, const char *target,
    uint32_t *ino)
{
	size_t len = strlen(name);

	switch (kind) {
	case IMG_DIR:
		return mfs_mkdir(fs, dir, name, len, perm & 07777, 0, 0, ino);
	case IMG_LINK:
		return mfs_symlink(fs, dir, name, len, target, strlen(target),
		    0, 0, ino);
	case IMG_FILE: case IMG_CHR: case IMG_BLK: case IMG_FIFO:
		return mfs_create(fs, dir, name, len,
		    kind_mode[kind] | (perm & 07777), 0, 0, rdev, ino);
	}
	return -EINVAL;
}

static int from_memory(void *ctx, size_t offset, void *data, size_t len,
    int to_fs)
{
	if (!to_fs)
		return -EINVAL;
	memcpy(data, (const uint8_t *) ctx + offset, len);
	return 0;
}

int img_write(struct mfs_fs *fs, uint32_t ino, uint64_t pos,
    const void *data, size_t len)
{
	struct mfs_xfer x = { (void *) (uintptr_t) data, from_memory };
	size_t done;
	int r;

	if ((r = mfs_write(fs, ino, pos, len, &x, &done)) < 0)
		return r;
	return done == len ? 0 : -ENOSPC;
}

int img_is_dir(struct mfs_fs *fs, uint32_t ino)
{
	struct mfs_node_info info;

	return mfs_node(fs, ino, &info) == 0 && S_ISDIR(info.mode);
}

int img_no_space(int err)
{
	return err == -ENOSPC;
}

/* The errors the core returns, as text. */
static const char *const messages[] = {
	[ENOENT] = "no such file or directory",
	[EIO] = "input/output error",
	[ENOMEM] = "out of memory",
	[EEXIST] = "file exists",
	[ENOTDIR] = "not a directory",
	[EISDIR] = "is a directory",
	[EINVAL] = "invalid argument",
	[EFBIG] = "file too large",
	[ENOSPC] = "no space left on device",
	[EROFS] = "read-only file system",
	[EMLINK] = "too many links",
	[ENAMETOOLONG] = "name too long",
	[ENOTEMPTY] = "directory not empty",
};

const char *img_strerror(int err)
{
	size_t e = (size_t) -err;

	if (err < 0 && e < sizeof(messages) / sizeof(messages[0]) &&
	    messages[e] != NULL)
		return messages[e];
	return "error";
}
