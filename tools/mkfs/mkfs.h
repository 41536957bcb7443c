/*
 * mkfs.h - what the files of mkfs.mfs share (host side).
 */
#ifndef MKFS_MKFS_H
#define MKFS_MKFS_H

#include <stdint.h>
#include "mfs.h"

struct mkfs {
	const char *image;		/* the image file */
	const char *src;		/* the tree to copy, as given */
	const char *devlist;		/* device list, or NULL */
	const char *permlist;		/* permissions list, or NULL */
	uint32_t block_size;
	uint32_t inodes;		/* 0: the core's default */
	uint64_t size_kib;		/* 0: from the tree */
	struct mfs_fs *fs;
};

/* "mkfs.mfs: " and the message on stderr; returns -1. */
int say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Report a core error about path (in the image's words). */
int fs_error(const struct mkfs *m, const char *path, int err);
/* The time the core stamps on what it changes next. */
void set_clock(int64_t t);

/* tree.c */
struct survey {
	uint64_t entries;		/* inodes the tree needs */
	uint64_t bytes;			/* blocks they need, in bytes */
};
int tree_survey(const char *path, uint32_t block_size, struct survey *s);
int tree_copy(struct mkfs *m, uint32_t dir, const char *path);

/* devices.c */
int devices_add(struct mkfs *m);

/* perms.c */
int perms_apply(struct mkfs *m);

#endif
