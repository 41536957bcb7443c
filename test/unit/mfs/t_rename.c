/*
 * t_rename.c - MFS cases: rename(2) for files and for directories.
 */
#include <errno.h>
#include <string.h>
#include "cases.h"
#include "tutil.h"

/* The content of dir/name, which must be the short text want. */
static int has_text(struct mfs_fs *fs, uint32_t dir, const char *name,
    const char *want)
{
	char buf[64];
	uint32_t ino;
	size_t done;

	ENSURE_EQ(t_lookup(fs, dir, name, &ino), 0);
	ENSURE_EQ(t_read(fs, ino, 0, buf, sizeof(buf), &done), 0);
	ENSURE(done == strlen(want) && memcmp(buf, want, done) == 0);
	ENSURE_EQ(t_put(fs, ino), 0);
	return 0;
}

void t_rename_files(void)
{
	uint32_t a, b, d, ino;
	uint64_t ffree;
	struct tfs t;

	if (tfs_minix(&t, "renf.img", 2048, NULL) < 0)
		return;
	CHECK_OK(t_file(t.fs, 1, "a", "AAA", 3, &a));
	CHECK_OK(t_file(t.fs, 1, "b", "BB", 2, &b));
	CHECK_OK(t_mkdir(t.fs, 1, "d", &d));
	CHECK_OK(t_put(t.fs, b));
	ffree = t_free_inodes(t.fs);
	CHECK_OK(t_rename(t.fs, 1, "a", 1, "b"));	/* file over file */
	CHECK_EQ(t_lookup(t.fs, 1, "a", &ino), -ENOENT);
	CHECK_OK(has_text(t.fs, 1, "b", "AAA"));
	CHECK_EQ(t_free_inodes(t.fs), ffree + 1);	/* old b went */
	CHECK_OK(t_rename(t.fs, 1, "b", d, "c"));	/* across dirs */
	CHECK_OK(has_text(t.fs, d, "c", "AAA"));
	CHECK_EQ(t_lookup(t.fs, 1, "b", &ino), -ENOENT);
	CHECK_OK(t_rename(t.fs, d, "c", d, "c"));	/* itself: nothing */
	CHECK_OK(mfs_link(t.fs, 1, "hard", 4, a));
	CHECK_OK(t_rename(t.fs, d, "c", 1, "hard"));	/* same inode */
	CHECK_OK(has_text(t.fs, d, "c", "AAA"));
	CHECK_EQ(t_nlinks(t.fs, a), 2);
	CHECK_EQ(t_rename(t.fs, d, "c", 1, "d"), -EISDIR);
	CHECK_EQ(t_rename(t.fs, d, "nope", 1, "x"), -ENOENT);
	CHECK_EQ(t_rename(t.fs, d, "c", a, "x"), -ENOTDIR);
	CHECK_EQ(t_rename(t.fs, d, ".", 1, "x"), -EINVAL);
	CHECK_EQ(t_rename(t.fs, d, "c", 1, ".."), -EINVAL);
	CHECK_OK(t_put(t.fs, a));
	CHECK_OK(t_put(t.fs, d));
	CHECK_OK(tfs_fsck(&t));
	tfs_drop(&t);
}

void t_rename_dirs(void)
{
	uint32_t p, q, x, y, e, f, up;
	uint64_t ffree;
	struct tfs t;

	if (tfs_minix(&t, "rend.img", 2048, NULL) < 0)
		return;
	CHECK_OK(t_mkdir(t.fs, 1, "p", &p));
	CHECK_OK(t_mkdir(t.fs, 1, "q", &q));
	CHECK_OK(t_mkdir(t.fs, p, "x", &x));
	CHECK_OK(t_mkdir(t.fs, x, "y", &y));
	CHECK_OK(t_create(t.fs, y, "f", &f));
	CHECK_OK(t_put(t.fs, f));
	/* Into its own subtree, or onto itself below: EINVAL. */
	CHECK_EQ(t_rename(t.fs, p, "x", y, "x2"), -EINVAL);
	CHECK_EQ(t_rename(t.fs, p, "x", x, "x2"), -EINVAL);
	CHECK_EQ(t_rename(t.fs, 1, "p", y, "p"), -EINVAL);
	/* Across directories: ".." follows, link counts move. */
	CHECK_EQ(t_nlinks(t.fs, p), 3);
	CHECK_EQ(t_nlinks(t.fs, q), 2);
	CHECK_OK(t_rename(t.fs, p, "x", q, "x"));
	CHECK_EQ(t_nlinks(t.fs, p), 2);
	CHECK_EQ(t_nlinks(t.fs, q), 3);
	CHECK_OK(t_lookup(t.fs, x, "..", &up));
	CHECK_EQ(up, q);
	CHECK_OK(t_put(t.fs, up));
	CHECK_OK(t_path(t.fs, "q/x/y/f", &f));
	CHECK_OK(t_put(t.fs, f));
	/* Over an empty directory; not over a full one or a file. */
	CHECK_OK(t_mkdir(t.fs, p, "empty", &e));
	CHECK_OK(t_put(t.fs, e));
	CHECK_EQ(t_rename(t.fs, x, "y", q, "x"), -ENOTEMPTY);
	CHECK_OK(t_create(t.fs, p, "file", &f));
	CHECK_OK(t_put(t.fs, f));
	CHECK_EQ(t_rename(t.fs, x, "y", p, "file"), -ENOTDIR);
	ffree = t_free_inodes(t.fs);
	CHECK_OK(t_rename(t.fs, x, "y", p, "empty"));
	CHECK_EQ(t_free_inodes(t.fs), ffree + 1);	/* empty went */
	CHECK_EQ(t_nlinks(t.fs, p), 3);
	CHECK_EQ(t_nlinks(t.fs, x), 2);
	CHECK_OK(t_lookup(t.fs, y, "..", &up));
	CHECK_EQ(up, p);
	CHECK_OK(t_put(t.fs, up));
	CHECK_OK(t_path(t.fs, "p/empty/f", &f));
	CHECK_OK(t_put(t.fs, f));
	/* Within one directory: a new name only. */
	CHECK_OK(t_rename(t.fs, 1, "q", 1, "r"));
	CHECK_EQ(t_nlinks(t.fs, 1), 4);		/* p and r below it */
	CHECK_OK(t_path(t.fs, "r/x", &f));
	CHECK_OK(t_put(t.fs, f));
	CHECK_OK(t_put(t.fs, p));
	CHECK_OK(t_put(t.fs, q));
	CHECK_OK(t_put(t.fs, x));
	CHECK_OK(t_put(t.fs, y));
	CHECK_OK(tfs_fsck(&t));
	tfs_drop(&t);
}
