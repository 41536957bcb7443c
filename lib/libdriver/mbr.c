/*
 * mbr.c - the four primary partitions of a PC partition table (the
 * master boot record in sector 0).
 *
 * The sector comes from the disk and may hold anything: without the
 * 0x55 0xAA signature there is no table; an entry with a bad boot flag,
 * type 0, no sectors, or a start outside the disk is no partition; one
 * that runs past the end of the disk is cut there.
 *
 * Entry point: mbr_parse().
 */
#include <string.h>
#include <minix/partition.h>

#define MBR_TABLE	446	/* the four 16-byte entries */
#define MBR_ENTRY	16
#define MBR_SIG		510	/* 0x55 0xAA */

#define E_BOOT		0	/* 0x00, or 0x80 for the active one */
#define E_TYPE		4	/* 0: unused */
#define E_START		8	/* little-endian 32-bit LBA */
#define E_SIZE		12	/* little-endian 32-bit sectors */

static uint32_t le32(const uint8_t *p)
{
	return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t) p[3] << 24;
}

/* One entry against a disk of disk sectors. */
static struct part entry(const uint8_t *e, uint64_t disk)
{
	uint64_t start = le32(e + E_START), size = le32(e + E_SIZE);
	struct part none = { 0, 0 };

	if ((e[E_BOOT] != 0x00 && e[E_BOOT] != 0x80) || e[E_TYPE] == 0)
		return none;
	/* sector 0 is the table itself: no partition starts there */
	if (start == 0 || size == 0 || start >= disk)
		return none;
	if (size > disk - start)
		size = disk - start;
	return (struct part) { .p_base = start, .p_sectors = size };
}

void mbr_parse(const uint8_t *sector, uint64_t disk_sectors,
	struct part parts[NR_PARTS])
{
	int i;

	memset(parts, 0, NR_PARTS * sizeof(parts[0]));
	if (sector[MBR_SIG] != 0x55 || sector[MBR_SIG + 1] != 0xAA)
		return;
	for (i = 0; i < NR_PARTS; i++)
		parts[i] = entry(sector + MBR_TABLE + i * MBR_ENTRY,
			disk_sectors);
}
