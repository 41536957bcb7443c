/*
 * tutil.c - helpers for the MFS test cases (see tutil.h).
 *
 * Compiled like the core, against the system's own headers: errno
 * values and struct dirent are Resurgo's here.
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include "tutil.h"

int tfs_mount(struct tfs *t, int readonly, unsigned cache_blocks)
{
	int r;

	ENSURE(h_dev_open(t->path, readonly, &t->dev) == 0);
	t->dev.to_end = t->to_end;
	r = mfs_mount(&t->dev, readonly, cache_blocks, &t->fs);
	if (r < 0) {
		h_dev_close(&t->dev);
		t->fs = NULL;
		return t_fail(__FILE__, __LINE__, "mount %s: %d", t->path, r);
	}
	mfs_set_clock(t->fs, h_clock);
	return 0;
}

int tfs_unmount(struct tfs *t)
{
	int r = 0;

	if (t->fs != NULL) {
		r = mfs_unmount(t->fs);
		t->fs = NULL;
		h_dev_close(&t->dev);
	}
	ENSURE_EQ(r, 0);
	return 0;
}

int tfs_remount(struct tfs *t)
{
	if (tfs_unmount(t) < 0)
		return -1;
	return tfs_mount(t, 0, CACHE_BLOCKS);
}

int tfs_minix(struct tfs *t, const char *name, unsigned kib,
    const char *opts)
{
	char out[512];

	memset(t, 0, sizeof(*t));
	h_path(t->path, sizeof(t->path), name);
	ENSURE(h_file_new(t->path, (uint64_t) kib * KIB) == 0);
	if (h_sh(out, sizeof(out), "mkfs.minix -3 %s '%s'", opts ? opts : "",
	    t->path) != 0)
		return t_fail(__FILE__, __LINE__, "mkfs.minix: %s", out);
	return tfs_mount(t, 0, CACHE_BLOCKS);
}

int tfs_format(struct tfs *t, const char *name, unsigned kib,
    uint32_t block_size, uint32_t inodes)
{
	int r;

	memset(t, 0, sizeof(*t));
	h_path(t->path, sizeof(t->path), name);
	ENSURE(h_file_new(t->path, (uint64_t) kib * KIB) == 0);
	ENSURE(h_dev_open(t->path, 0, &t->dev) == 0);
	r = mfs_format(&t->dev, block_size, inodes);
	h_dev_close(&t->dev);
	ENSURE_EQ(r, 0);
	return tfs_mount(t, 0, CACHE_BLOCKS);
}

int tfs_fsck(struct tfs *t)
{
	char out[1024];
	int st;

	if (tfs_unmount(t) < 0)
		return -1;
	st = h_sh(out, sizeof(out), "/usr/sbin/fsck.minix -f '%s'", t->path);
	if (st != 0)
		return t_fail(__FILE__, __LINE__, "fsck.minix %s: status %d: %s",
		    t->path, st, out);
	return 0;
}

void tfs_drop(struct tfs *t)
{
	if (t->fs != NULL) {
		mfs_unmount(t->fs);
		t->fs = NULL;
		h_dev_close(&t->dev);
	}
	h_remove(t->path);
}

int mem_copy(void *ctx, size_t off, void *data, size_t len, int to_fs)
{
	struct membuf *m = ctx;

	if (off > m->n || len > m->n - off)
		return -EFAULT;
	if (to_fs)
		memcpy(data, m->p + off, len);
	else
		memcpy(m->p + off, data, len);
	return 0;
}

struct mfs_xfer mem_xfer(struct membuf *m)
{
	struct mfs_xfer x = { m, mem_copy };

	return x;
}

int t_write(struct mfs_fs *fs, uint32_t ino, uint64_t pos, const void *data,
    size_t len, size_t *done)
{
	struct membuf m = { (uint8_t *) (uintptr_t) data, len };
	struct mfs_xfer x = mem_xfer(&m);
	size_t d;

	return mfs_write(fs, ino, pos, len, &x, done != NULL ? done : &d);
}

int t_read(struct mfs_fs *fs, uint32_t ino, uint64_t pos, void *data,
    size_t len, size_t *done)
{
	struct membuf m = { data, len };
	struct mfs_xfer x = mem_xfer(&m);

	return mfs_read(fs, ino, pos, len, &x, done);
}

int t_create(struct mfs_fs *fs, uint32_t dir, const char *name,
    uint32_t *ino)
{
	return mfs_create(fs, dir, name, strlen(name), S_IFREG | 0644, 0, 0, 0,
	    ino);
}

int t_file(struct mfs_fs *fs, uint32_t dir, const char *name,
    const void *data, size_t len, uint32_t *ino)
{
	size_t done;
	int r;

	if ((r = t_create(fs, dir, name, ino)) < 0)
		return r;
	if ((r = t_write(fs, *ino, 0, data, len, &done)) < 0)
		return r;
	return done == len ? 0 : -ENOSPC;
}

int t_mkdir(struct mfs_fs *fs, uint32_t dir, const char *name,
    uint32_t *ino)
{
	return mfs_mkdir(fs, dir, name, strlen(name), 0755, 0, 0, ino);
}

int t_lookup(struct mfs_fs *fs, uint32_t dir, const char *name,
    uint32_t *ino)
{
	return mfs_lookup(fs, dir, name, strlen(name), ino);
}

/* Walk "a/b/c" from the root; the last inode stays referenced. */
int t_path(struct mfs_fs *fs, const char *path, uint32_t *ino)
{
	uint32_t cur = mfs_root(fs), next;
	const char *p = path, *slash;
	int r;

	if ((r = mfs_get(fs, cur)) < 0)
		return r;
	while (*p != 0) {
		slash = strchr(p, '/');
		size_t len = slash ? (size_t) (slash - p) : strlen(p);
		r = mfs_lookup(fs, cur, p, len, &next);
		mfs_put(fs, cur, 1);
		if (r < 0)
			return r;
		cur = next;
		p += len + (slash != NULL);
	}
	*ino = cur;
	return 0;
}

int t_put(struct mfs_fs *fs, uint32_t ino)
{
	return mfs_put(fs, ino, 1);
}

int t_unlink(struct mfs_fs *fs, uint32_t dir, const char *name)
{
	return mfs_unlink(fs, dir, name, strlen(name));
}

int t_rmdir(struct mfs_fs *fs, uint32_t dir, const char *name)
{
	return mfs_rmdir(fs, dir, name, strlen(name));
}

int t_rename(struct mfs_fs *fs, uint32_t odir, const char *oname,
    uint32_t ndir, const char *nname)
{
	return mfs_rename(fs, odir, oname, strlen(oname), ndir, nname,
	    strlen(nname));
}

uint64_t t_size(struct mfs_fs *fs, uint32_t ino)
{
	struct mfs_node_info info;

	return mfs_node(fs, ino, &info) == 0 ? info.size : UINT64_MAX;
}

uint32_t t_nlinks(struct mfs_fs *fs, uint32_t ino)
{
	struct mfs_node_info info;

	return mfs_node(fs, ino, &info) == 0 ? info.nlinks : UINT32_MAX;
}

uint64_t t_free_zones(struct mfs_fs *fs)
{
	struct statvfs st;

	mfs_statvfs(fs, &st);
	return st.f_bfree;
}

uint64_t t_free_inodes(struct mfs_fs *fs)
{
	struct statvfs st;

	mfs_statvfs(fs, &st);
	return st.f_ffree;
}

static int names_add(struct names *n, const struct dirent *d)
{
	size_t i = n->count;

	n->name = realloc(n->name, (i + 1) * sizeof(*n->name));
	n->ino = realloc(n->ino, (i + 1) * sizeof(*n->ino));
	n->type = realloc(n->type, (i + 1) * sizeof(*n->type));
	ENSURE(n->name != NULL && n->ino != NULL && n->type != NULL);
	ENSURE(d->d_namlen <= 60 && d->d_namlen > 0);
	ENSURE_EQ(strlen(d->d_name), d->d_namlen);
	ENSURE_EQ(d->d_reclen, DIRENT_RECLEN(d->d_namlen));
	memcpy(n->name[i], d->d_name, d->d_namlen + 1);
	n->ino[i] = (uint32_t) d->d_ino;
	n->type[i] = d->d_type;
	n->count++;
	return 0;
}

/* Every entry of dir, read bufsize bytes at a time. */
int t_list(struct mfs_fs *fs, uint32_t dir, size_t bufsize, struct names *n)
{
	uint8_t *buf = malloc(bufsize);
	struct membuf m = { buf, bufsize };
	struct mfs_xfer x = mem_xfer(&m);
	uint64_t pos = 0, next;
	struct dirent d;
	size_t done, off;
	int r;

	memset(n, 0, sizeof(*n));
	ENSURE(buf != NULL);
	for (int rounds = 0; rounds < 100000; rounds++) {
		r = mfs_getdents(fs, dir, pos, bufsize, &x, &done, &next);
		ENSURE_EQ(r, 0);
		if (done == 0)
			break;
		ENSURE(next > pos);
		/* Records are 4-byte aligned; a host dirent wants 8: copy. */
		for (off = 0; off < done; off += d.d_reclen) {
			ENSURE(done - off >= DIRENT_HEADER);
			memset(&d, 0, sizeof(d));
			memcpy(&d, buf + off, DIRENT_HEADER);
			ENSURE(d.d_reclen >= DIRENT_HEADER &&
			    d.d_reclen <= done - off);
			memcpy(&d, buf + off, d.d_reclen);
			if (names_add(n, &d) < 0)
				return -1;
		}
		pos = next;
	}
	free(buf);
	return 0;
}

void names_free(struct names *n)
{
	free(n->name);
	free(n->ino);
	free(n->type);
	memset(n, 0, sizeof(*n));
}

int names_has(const struct names *n, const char *name)
{
	for (size_t i = 0; i < n->count; i++)
		if (strcmp(n->name[i], name) == 0)
			return 1;
	return 0;
}

/* Byte i of the stream is a function of its position and the seed. */
void pattern(uint8_t *buf, size_t len, uint64_t pos, uint32_t seed)
{
	for (size_t i = 0; i < len; i++) {
		uint64_t p = pos + i;
		uint32_t v = (uint32_t) (p * 2654435761u) ^ seed ^
		    (uint32_t) (p >> 13);
		buf[i] = (uint8_t) (v ^ v >> 8 ^ v >> 16);
	}
}

/* Adler-like: order matters, so a misplaced block shows. */
uint32_t checksum(uint32_t sum, const uint8_t *buf, size_t len)
{
	uint32_t a = sum & 0xffff, b = sum >> 16;

	for (size_t i = 0; i < len; i++) {
		a = (a + buf[i]) % 65521;
		b = (b + a) % 65521;
	}
	return b << 16 | a;
}
