/*
 * test_fis.c - host tests of the AHCI driver's command FIS
 * (drivers/ahci/fis.c): where the command, the LBA, the device byte and
 * the count go for 28- and 48-bit commands and for IDENTIFY.  One case
 * per check, named after what it checks.
 */
#include <stdio.h>
#include <string.h>
#include "ahci.h"

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

static void lba48_read_spreads_the_address_over_six_bytes(void)
{
	struct ata_cmd c = { .ac_command = ATA_READ_DMA_EXT, .ac_lba48 = true,
		.ac_lba = 0x123456789ABCull, .ac_count = 0x0180 };
	uint8_t f[FIS_H2D_LEN];

	memset(f, 0xEE, sizeof(f));
	fis_build(f, &c);
	check("lba48_is_a_command_fis",
	    f[0] == 0x27 && f[1] == 0x80 && f[2] == 0x25);
	check("lba48_low_bytes_4_to_6",
	    f[4] == 0xBC && f[5] == 0x9A && f[6] == 0x78);
	check("lba48_high_bytes_8_to_10",
	    f[8] == 0x56 && f[9] == 0x34 && f[10] == 0x12);
	check("lba48_device_is_lba_only", f[7] == 0x40);
	check("lba48_count_in_12_and_13", f[12] == 0x80 && f[13] == 0x01);
	check("lba48_rest_is_zero", f[3] == 0 && f[11] == 0 && f[14] == 0
	    && f[15] == 0 && f[16] == 0 && f[19] == 0);
}

static void lba28_write_keeps_bits_24_to_27_in_the_device_byte(void)
{
	struct ata_cmd c = { .ac_command = ATA_WRITE_DMA, .ac_write = true,
		.ac_lba = 0x0ABCDEF1, .ac_count = 128 };
	uint8_t f[FIS_H2D_LEN];

	fis_build(f, &c);
	check("lba28_opcode", f[2] == 0xCA);
	check("lba28_low_bytes", f[4] == 0xF1 && f[5] == 0xDE && f[6] == 0xBC);
	check("lba28_bits_24_27_in_device", f[7] == (0x40 | 0x0A));
	check("lba28_no_high_bytes", f[8] == 0 && f[9] == 0 && f[10] == 0
	    && f[13] == 0);
	check("lba28_count", f[12] == 128);
}

static void identify_has_no_address(void)
{
	struct ata_cmd c = { .ac_command = ATA_IDENTIFY, .ac_bytes = 512 };
	uint8_t f[FIS_H2D_LEN];

	fis_build(f, &c);
	check("identify_opcode", f[2] == 0xEC);
	check("identify_device_byte_is_zero", f[7] == 0);
	check("identify_count_is_zero", f[12] == 0 && f[13] == 0);
}

int main(void)
{
	lba48_read_spreads_the_address_over_six_bytes();
	lba28_write_keeps_bits_24_to_27_in_the_device_byte();
	identify_has_no_address();
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
