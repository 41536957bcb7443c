/*
 * header.c - tar: ustar headers, the 512-byte blocks before each
 * member (POSIX's pax "ustar" interchange format).
 *
 * Numbers are octal text.  A path longer than 100 bytes is split at a
 * '/' into a prefix of at most 155 and a name of at most 100; one that
 * cannot be split, or a link target over 100 bytes, cannot be stored
 * (pax's extended headers, which could, are not written).  Reading also
 * takes GNU's base-256 numbers and its older "ustar  " magic.
 *
 * Entry points: header_encode, header_decode, header_is_end.
 */
#include <stdio.h>
#include <string.h>
#include "tar.h"

/* Field offsets and widths. */
enum {
	NAME = 0, MODE = 100, UID = 108, GID = 116, SIZE = 124, MTIME = 136,
	CHKSUM = 148, TYPE = 156, LINK = 157, MAGIC = 257, VERSION = 263,
	UNAME = 265, GNAME = 297, DEVMAJOR = 329, DEVMINOR = 337,
	PREFIX = 345,
};

/* width - 1 octal digits and a NUL: 0, or -1 if v does not fit. */
static int octal(unsigned char *f, int width, unsigned long long v)
{
	char tmp[32];

	if (v >> (3 * (width - 1)) != 0)
		return -1;
	snprintf(tmp, sizeof(tmp), "%0*llo", width - 1, v);
	memcpy(f, tmp, (size_t) width);
	return 0;
}

/* Put path into name and prefix: 0, or -1 if it cannot be split. */
static int put_path(unsigned char *b, const char *path)
{
	size_t len = strlen(path), p;

	if (len <= 100) {
		memcpy(b + NAME, path, len);
		return 0;
	}
	for (p = 1; p < len && p <= 155; p++) {
		if (path[p] == '/' && len - p - 1 <= 100 && len - p - 1 > 0) {
			memcpy(b + PREFIX, path, p);
			memcpy(b + NAME, path + p + 1, len - p - 1);
			return 0;
		}
	}
	return -1;
}

static unsigned checksum(const unsigned char *b)
{
	unsigned sum = 0;

	for (int i = 0; i < BLOCK; i++)
		sum += i >= CHKSUM && i < CHKSUM + 8 ? ' ' : b[i];
	return sum;
}

int header_encode(const struct member *m, unsigned char *b)
{
	memset(b, 0, BLOCK);
	if (put_path(b, m->name) < 0 || strlen(m->link) > 100)
		return -1;
	memcpy(b + LINK, m->link, strlen(m->link));
	if (octal(b + MODE, 8, m->mode & 07777) < 0 ||
	    octal(b + UID, 8, m->uid) < 0 || octal(b + GID, 8, m->gid) < 0 ||
	    octal(b + SIZE, 12, (unsigned long long) m->size) < 0 ||
	    octal(b + MTIME, 12, (unsigned long long) (m->mtime < 0 ? 0 :
	    m->mtime)) < 0 || octal(b + DEVMAJOR, 8, m->devmajor) < 0 ||
	    octal(b + DEVMINOR, 8, m->devminor) < 0)
		return -1;
	b[TYPE] = (unsigned char) m->type;
	memcpy(b + MAGIC, "ustar", 6);
	memcpy(b + VERSION, "00", 2);
	memcpy(b + UNAME, m->uname, strnlen(m->uname, 31));
	memcpy(b + GNAME, m->gname, strnlen(m->gname, 31));
	snprintf((char *) b + CHKSUM, 8, "%06o", checksum(b));
	b[CHKSUM + 7] = ' ';
	return 0;
}

/* A number field: octal text (spaces and NULs around it) or GNU's
 * base-256 (the first byte's top bit set). */
static unsigned long long number(const unsigned char *f, int width)
{
	unsigned long long v = 0;
	int i = 0;

	if (f[0] & 0x80) {
		v = f[0] & 0x3f;
		for (i = 1; i < width; i++)
			v = v << 8 | f[i];
		return v;
	}
	while (i < width && f[i] == ' ')
		i++;
	for (; i < width && f[i] >= '0' && f[i] <= '7'; i++)
		v = v * 8 + (unsigned) (f[i] - '0');
	return v;
}

/* A string field of at most width bytes, NUL-ended into out. */
static void text(char *out, const unsigned char *f, size_t width)
{
	size_t n = strnlen((const char *) f, width);

	memcpy(out, f, n);
	out[n] = '\0';
}

int header_is_end(const unsigned char *b)
{
	for (int i = 0; i < BLOCK; i++)
		if (b[i] != 0)
			return 0;
	return 1;
}

int header_decode(const unsigned char *b, struct member *m)
{
	char name[101], prefix[156];
	int sum = 0;

	for (int i = 0; i < BLOCK; i++)		/* old tars summed signed */
		sum += i >= CHKSUM && i < CHKSUM + 8 ? ' ' : (signed char) b[i];
	if (number(b + CHKSUM, 8) != checksum(b) &&
	    (int) number(b + CHKSUM, 8) != sum)
		return -1;
	memset(m, 0, sizeof(*m));
	text(name, b + NAME, 100);
	text(prefix, b + PREFIX, 155);
	if (memcmp(b + MAGIC, "ustar", 5) != 0)
		prefix[0] = '\0';		/* a pre-POSIX tar: no prefix */
	snprintf(m->name, sizeof(m->name), "%s%s%s", prefix,
	    prefix[0] != '\0' ? "/" : "", name);
	text(m->link, b + LINK, 100);
	text(m->uname, b + UNAME, 32);
	text(m->gname, b + GNAME, 32);
	m->mode = (mode_t) number(b + MODE, 8) & 07777;
	m->uid = (unsigned) number(b + UID, 8);
	m->gid = (unsigned) number(b + GID, 8);
	m->size = (long long) number(b + SIZE, 12);
	m->mtime = (long long) number(b + MTIME, 12);
	m->devmajor = (unsigned) number(b + DEVMAJOR, 8);
	m->devminor = (unsigned) number(b + DEVMINOR, 8);
	m->type = b[TYPE] == '\0' || b[TYPE] == '7' ? '0' : (char) b[TYPE];
	return 0;
}
