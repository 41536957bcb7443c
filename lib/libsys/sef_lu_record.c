/*
 * sef_lu_record.c - the state record a live update carries from the old
 * version to the new, through a grant.
 *
 * A header, then one part per library that keeps state of its own
 * (libsys's undelivered messages, libdriver's queues) and the service's
 * part last.  Each part says whose it is (its tag), the version of its
 * layout and its length, so that a new version can tell what it reads:
 * it may take up an older layout, or refuse one it does not know, and
 * then the old version goes on.  A part the new version has nobody to
 * take up is refused the same way.
 *
 * Entry points: sef_lu_put(), sef_lu_get(), sef_lu_left(),
 * sef_lu_record_save(), sef_lu_record_restore().
 */
#include <stdlib.h>
#include <string.h>
#include <minix/syslib.h>
#include <minix/sef.h>
#include "sef_impl.h"

#define LU_MAGIC	0x554C4553	/* "SELU" */
#define LU_FORMAT	1
#define LU_FIRST_SIZE	4096

struct lu_header {
	uint32_t magic;
	uint32_t format;
	uint32_t nr_parts;
};

struct lu_part_header {
	uint32_t tag;			/* SEF_LU_PART_* */
	uint32_t version;		/* of the part's layout, its owner's */
	uint32_t len;			/* bytes that follow */
};

static struct {				/* the record being written */
	uint8_t *buf;
	size_t len, size;
} out;

static struct {				/* the part being read */
	const uint8_t *at;
	size_t left;
} in;

int sef_lu_put(const void *data, size_t len)
{
	size_t size = out.size != 0 ? out.size : LU_FIRST_SIZE;
	uint8_t *bigger;

	while (size - out.len < len)
		size *= 2;
	if (size != out.size) {
		if ((bigger = realloc(out.buf, size)) == NULL)
			return -ENOMEM;
		out.buf = bigger;
		out.size = size;
	}
	memcpy(out.buf + out.len, data, len);
	out.len += len;
	return OK;
}

int sef_lu_get(void *data, size_t len)
{
	if (len > in.left)
		return -EINVAL;
	memcpy(data, in.at, len);
	in.at += len;
	in.left -= len;
	return OK;
}

size_t sef_lu_left(void)
{
	return in.left;
}

/* One part: its header, then what its save callback writes. */
static int save_part(const struct sef_lu_part *p, int state)
{
	struct lu_part_header ph = { .tag = p->tag };
	size_t at = out.len;
	int r;

	if ((r = sef_lu_put(&ph, sizeof(ph))) != OK
	    || (r = p->save(state, &ph.version)) != OK)
		return r;
	ph.len = out.len - at - sizeof(ph);
	memcpy(out.buf + at, &ph, sizeof(ph));
	return OK;
}

/* The whole record, in memory that is the caller's to free. */
int sef_lu_record_save(int state, void **bufp, size_t *lenp)
{
	struct lu_header h = { LU_MAGIC, LU_FORMAT, 0 };
	const struct sef_lu_part *p;
	int i, r;

	memset(&out, 0, sizeof(out));
	r = sef_lu_put(&h, sizeof(h));
	for (i = 0; r == OK && (p = sef_lu_part_at(i)) != NULL; i++) {
		if (p->save == NULL)
			continue;
		if ((r = save_part(p, state)) == OK)
			h.nr_parts++;
	}
	if (r != OK) {
		free(out.buf);
		memset(&out, 0, sizeof(out));
		return r;
	}
	memcpy(out.buf, &h, sizeof(h));
	*bufp = out.buf;
	*lenp = out.len;
	memset(&out, 0, sizeof(out));
	return OK;
}

/* Hand each part of the record to the one that takes it up. */
int sef_lu_record_restore(const void *buf, size_t len)
{
	const uint8_t *at = (const uint8_t *) buf + sizeof(struct lu_header);
	const struct sef_lu_part *p;
	struct lu_part_header ph;
	struct lu_header h;
	uint32_t i;
	int r;

	if (len < sizeof(h))
		return -EINVAL;
	memcpy(&h, buf, sizeof(h));
	if (h.magic != LU_MAGIC || h.format != LU_FORMAT)
		return -EINVAL;
	len -= sizeof(h);
	for (i = 0; i < h.nr_parts; i++) {
		if (len < sizeof(ph))
			return -EINVAL;
		memcpy(&ph, at, sizeof(ph));
		at += sizeof(ph);
		len -= sizeof(ph);
		if (ph.len > len)
			return -EINVAL;
		p = sef_lu_find_part(ph.tag);
		if (p == NULL || p->restore == NULL)
			return -ENOTSUP;	/* nobody here reads it */
		in.at = at;
		in.left = ph.len;
		if ((r = p->restore(ph.version, ph.len)) != OK)
			return r;
		at += ph.len;
		len -= ph.len;
	}
	memset(&in, 0, sizeof(in));
	return OK;
}
