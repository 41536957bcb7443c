/*
 * disk.h - the MINIX v3 file system as it lies on the device.
 *
 *	block 0		boot block (the superblock sits at byte 1024)
 *	block 1		superblock when blocks are 1 KiB; unused otherwise
 *	block 2...	inode map, zone map, inode table, then data zones
 *
 * A zone is one block here (s_log_zone_size 0).  Bit 0 of each map is
 * never used; inode map bit i is inode i, zone map bit i is zone
 * s_firstdatazone - 1 + i.  Numbers are little-endian and are read byte
 * by byte, so that no on-disk value goes through a misaligned pointer.
 */
#ifndef MFS_DISK_H
#define MFS_DISK_H

#include <stdint.h>

#define SUPER_OFFSET	1024		/* the superblock's byte offset */
#define SUPER_SIZE	1024
#define SUPER_MAGIC	0x4d5a		/* MINIX v3 */
#define MAP_START	2		/* block of the inode map */
#define ROOT_INO	1
#define MIN_BLOCK_SIZE	1024
#define MAX_BLOCK_SIZE	8192

/* Superblock fields: byte offsets (width in bits). */
#define SB_NINODES	0		/* 32 */
#define SB_IMAP_BLOCKS	6		/* 16 */
#define SB_ZMAP_BLOCKS	8		/* 16 */
#define SB_FIRSTDATA	10		/* 16 */
#define SB_LOG_ZONE	12		/* 16 */
#define SB_MAX_SIZE	16		/* 32 */
#define SB_ZONES	20		/* 32 */
#define SB_MAGIC	24		/* 16 */
#define SB_BLOCK_SIZE	28		/* 16 */

/* Inode fields (64 bytes). */
#define INODE_SIZE	64
#define DI_MODE		0		/* 16 */
#define DI_NLINKS	2		/* 16 */
#define DI_UID		4		/* 16 */
#define DI_GID		6		/* 16 */
#define DI_SIZE		8		/* 32 */
#define DI_ATIME	12		/* 32 */
#define DI_MTIME	16		/* 32 */
#define DI_CTIME	20		/* 32 */
#define DI_ZONE		24		/* 10 x 32 */

#define NR_DZONES	7		/* direct zones */
#define NR_ZONES	10		/* + single, double, triple indirect */

/* Directory entries (64 bytes): inode number, then a NUL-padded name. */
#define DE_SIZE		64
#define DE_INO		0		/* 32; 0 marks a free slot */
#define DE_NAME		4
#define DE_NAME_MAX	60

static inline uint16_t get16(const uint8_t *p)
{
	return (uint16_t) (p[0] | p[1] << 8);
}

static inline uint32_t get32(const uint8_t *p)
{
	return (uint32_t) p[0] | (uint32_t) p[1] << 8 |
	    (uint32_t) p[2] << 16 | (uint32_t) p[3] << 24;
}

static inline void put16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t) v;
	p[1] = (uint8_t) (v >> 8);
}

static inline void put32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t) v;
	p[1] = (uint8_t) (v >> 8);
	p[2] = (uint8_t) (v >> 16);
	p[3] = (uint8_t) (v >> 24);
}

#endif
