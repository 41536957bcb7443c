/*
 * minix/partition.h - the partitions of a disk as the disk drivers
 * (at_wini, ahci) serve them: the PC partition table's four primary
 * entries, parsed by libdriver (lib/libdriver/mbr.c), and transfers cut
 * to a partition (lib/libdriver/part.c).
 */
#ifndef _MINIX_PARTITION_H
#define _MINIX_PARTITION_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define NR_PARTS	4	/* MBR primary partitions: c0dNp0..p3 */
#define DISK_SECTOR	512	/* the unit of partitions and transfers */

struct part {
	uint64_t p_base;	/* first sector, from the start of the disk */
	uint64_t p_sectors;	/* 0: no such partition */
};

/* The partitions sector 0 of a disk of disk_sectors describes. */
void mbr_parse(const uint8_t *sector, uint64_t disk_sectors,
	struct part parts[NR_PARTS]);

/* A transfer's other side and how the driver moves sectors: rw reads
 * or writes n whole sectors at sector (from the start of the disk) in
 * buf, returning OK or a negated error. */
struct part_io {
	void *disk;
	int (*rw)(void *disk, int write, uint64_t sector, unsigned n,
		uint8_t *buf);
	uint8_t *buf;			/* the driver's, buf_size bytes */
	size_t buf_size;		/* whole sectors */
	int write;
	int owner;			/* the grant's: an endpoint */
	int grant;			/* cp_grant_id_t */
	size_t off;			/* where in the grant to start */
};

/* Move count bytes at byte pos of partition p between io's grant and
 * the disk, whole sectors only (EINVAL otherwise), cut at p's end.  The
 * bytes moved (0 at the end), or the first error if none were. */
ssize_t part_transfer(const struct part *p, const struct part_io *io,
	uint64_t pos, size_t count);

/* A disk driver's ioctl on partition p: DIOCGETSIZE (its bytes, into
 * the grant); ENOTTY for any other request. */
int part_ioctl(const struct part *p, unsigned long request, int owner,
	int grant);

#endif
