/*
 * image.h - the half of mkfs.mfs that speaks the system's own numbers.
 *
 * mkfs.mfs reads the source tree with the host's C library, whose errno
 * values and mode constants are not necessarily Resurgo's.  image.c is
 * compiled against the system's headers, like the MFS core, and turns
 * the tool's requests into core calls; only plain types cross here.
 */
#ifndef MKFS_IMAGE_H
#define MKFS_IMAGE_H

#include <stddef.h>
#include <stdint.h>
#include "mfs.h"

enum img_kind { IMG_FILE, IMG_DIR, IMG_LINK, IMG_CHR, IMG_BLK, IMG_FIFO };

/* What a device callback returns when the host's I/O fails (-EIO). */
extern const int img_eio;

/* A new node name in dir, owned by root; the reference is the caller's. */
int img_make(struct mfs_fs *fs, uint32_t dir, const char *name,
    enum img_kind kind, uint32_t perm, uint32_t rdev, const char *target,
    uint32_t *ino);
/* All of len bytes at pos, or an error (a short write is no space). */
int img_write(struct mfs_fs *fs, uint32_t ino, uint64_t pos,
    const void *data, size_t len);
/* Whether inode ino is a directory. */
int img_is_dir(struct mfs_fs *fs, uint32_t ino);

int img_no_space(int err);
const char *img_strerror(int err);

#endif
