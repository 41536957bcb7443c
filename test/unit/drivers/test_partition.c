/*
 * test_partition.c - host tests of the disk drivers' partition table
 * parser (lib/libdriver/mbr.c): what counts as a partition, and what is cut.
 * One case per check, named after what it checks.
 */
#include <stdio.h>
#include <string.h>
#include <minix/partition.h>

#define DISK	100000		/* sectors */

static int passed, failed;

static void check(const char *name, int ok)
{
	if (ok) {
		passed++;
		printf("ok %s\n", name);
	} else {
		failed++;
		printf("FAIL %s\n", name);
	}
}

/* Entry i of the table in sector s. */
static void entry(uint8_t *s, int i, int boot, int type, uint32_t start,
	uint32_t size)
{
	uint8_t *e = s + 446 + 16 * i;

	e[0] = boot;
	e[4] = type;
	memcpy(e + 8, &start, 4);
	memcpy(e + 12, &size, 4);
}

static void sign(uint8_t *s)
{
	s[510] = 0x55;
	s[511] = 0xAA;
}

static void no_signature_no_table(void)
{
	uint8_t s[512] = { 0 };
	struct part p[4];

	entry(s, 0, 0x80, 0x83, 2048, 1000);
	mbr_parse(s, DISK, p);
	check("no_signature_no_table", p[0].p_sectors == 0);
}

static void good_bad_and_cut_entries(void)
{
	uint8_t s[512] = { 0 };
	struct part p[4];

	sign(s);
	entry(s, 0, 0x80, 0x83, 2048, 1000);
	entry(s, 1, 0, 0, 5000, 10);
	entry(s, 2, 0x12, 0x83, 5000, 10);
	entry(s, 3, 0, 0x83, 99000, 5000);
	mbr_parse(s, DISK, p);
	check("active_entry_is_a_partition",
	    p[0].p_base == 2048 && p[0].p_sectors == 1000);
	check("type_0_and_bad_boot_flag_are_none",
	    p[1].p_sectors == 0 && p[2].p_sectors == 0);
	check("entry_past_the_end_is_cut_there",
	    p[3].p_base == 99000 && p[3].p_sectors == 1000);
}

static void entries_outside_the_disk_are_none(void)
{
	static const char *names[4] = {
		"entry_starting_at_the_table_is_none",
		"entry_starting_past_the_end_is_none",
		"entry_of_all_ones_is_none",
		"empty_entry_is_none",
	};
	uint8_t s[512] = { 0 };
	struct part p[4];
	int i;

	sign(s);
	entry(s, 0, 0, 0x83, 0, 10);
	entry(s, 1, 0, 0x83, DISK, 10);
	entry(s, 2, 0, 0x83, 0xFFFFFFFF, 0xFFFFFFFF);
	entry(s, 3, 0, 0x83, 1, 0);
	mbr_parse(s, DISK, p);
	for (i = 0; i < 4; i++)
		check(names[i], p[i].p_sectors == 0);
}

static void huge_entry_on_a_huge_disk_is_whole(void)
{
	uint8_t s[512] = { 0 };
	struct part p[4];

	sign(s);
	entry(s, 0, 0, 0x83, 1, 0xFFFFFFFF);
	mbr_parse(s, 1ull << 40, p);
	check("huge_entry_on_a_huge_disk_is_whole",
	    p[0].p_base == 1 && p[0].p_sectors == 0xFFFFFFFF);
}

int main(void)
{
	no_signature_no_table();
	good_bad_and_cut_entries();
	entries_outside_the_disk_are_none();
	huge_entry_on_a_huge_disk_is_whole();
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
