/*
 * test_mbr.c - host tests of at_wini's partition table parser
 * (drivers/at_wini/mbr.c): what counts as a partition, and what is cut.
 */
#include <stdio.h>
#include <string.h>
#include "at_wini.h"
static int passed, failed;
/* One case per check, named after its line: "ok main_42". */
#define CHECK(c) do { \
	if (c) { passed++; printf("ok %s_%d\n", __func__, __LINE__); } \
	else { failed++; printf("FAIL %s_%d: %s\n", __func__, __LINE__, #c); } \
} while (0)
static void ent(uint8_t *s, int i, int boot, int type, uint32_t start, uint32_t size)
{
	uint8_t *e = s + 446 + 16 * i;
	e[0] = boot; e[4] = type;
	memcpy(e + 8, &start, 4); memcpy(e + 12, &size, 4);
}
int main(void)
{
	uint8_t s[512]; struct part p[4]; int i;
	memset(s, 0, 512);
	ent(s, 0, 0x80, 0x83, 2048, 1000);
	mbr_parse(s, 100000, p);
	CHECK(p[0].p_sectors == 0);		/* no signature */
	s[510] = 0x55; s[511] = 0xAA;
	ent(s, 1, 0, 0, 5000, 10);		/* type 0 */
	ent(s, 2, 0x12, 0x83, 5000, 10);	/* bad boot flag */
	ent(s, 3, 0, 0x83, 99000, 5000);	/* runs past the end */
	mbr_parse(s, 100000, p);
	CHECK(p[0].p_base == 2048 && p[0].p_sectors == 1000);
	CHECK(p[1].p_sectors == 0 && p[2].p_sectors == 0);
	CHECK(p[3].p_base == 99000 && p[3].p_sectors == 1000);
	ent(s, 0, 0, 0x83, 0, 10);		/* starts at the table */
	ent(s, 1, 0, 0x83, 100000, 10);		/* starts past the end */
	ent(s, 2, 0, 0x83, 0xFFFFFFFF, 0xFFFFFFFF);
	ent(s, 3, 0, 0x83, 1, 0);		/* empty */
	mbr_parse(s, 100000, p);
	for (i = 0; i < 4; i++) CHECK(p[i].p_sectors == 0);
	ent(s, 0, 0, 0x83, 1, 0xFFFFFFFF);	/* huge on a huge disk */
	mbr_parse(s, 1ull << 40, p);
	CHECK(p[0].p_base == 1 && p[0].p_sectors == 0xFFFFFFFF);
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
