/*
 * minix/partition.h - the partitions of a disk as the disk drivers
 * (at_wini, ahci) serve them: the PC partition table's four primary
 * entries, parsed by libdriver (lib/libdriver/mbr.c).
 */
#ifndef _MINIX_PARTITION_H
#define _MINIX_PARTITION_H

#include <stdint.h>

#define NR_PARTS	4	/* MBR primary partitions: c0dNp0..p3 */

struct part {
	uint64_t p_base;	/* first sector, from the start of the disk */
	uint64_t p_sectors;	/* 0: no such partition */
};

/* The partitions sector 0 of a disk of disk_sectors describes. */
void mbr_parse(const uint8_t *sector, uint64_t disk_sectors,
	struct part parts[NR_PARTS]);

#endif
