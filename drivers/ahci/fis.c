/*
 * fis.c - the host-to-device register FIS (Serial ATA 10.3.4) that
 * carries an ATA command to the disk: the command, the LBA in bytes 4-6
 * (and 8-10 for the 48-bit commands), the device byte, the sector count
 * in bytes 12-13.  A 28-bit command keeps LBA bits 24-27 in the device
 * byte's low nibble, as the IDE task file did.  Pure: the host tests it
 * (test/unit/drivers/test_fis.c).
 *
 * Entry point: fis_build().
 */
#include <string.h>
#include "ahci.h"

void fis_build(uint8_t fis[FIS_H2D_LEN], const struct ata_cmd *c)
{
	memset(fis, 0, FIS_H2D_LEN);
	fis[0] = FIS_H2D;
	fis[1] = FIS_H2D_C;
	fis[2] = c->ac_command;
	fis[4] = c->ac_lba & 0xFF;
	fis[5] = (c->ac_lba >> 8) & 0xFF;
	fis[6] = (c->ac_lba >> 16) & 0xFF;
	/* IDENTIFY addresses nothing; every other command here is LBA */
	fis[7] = c->ac_command == ATA_IDENTIFY ? 0 : FIS_DEV_LBA;
	if (c->ac_lba48) {
		fis[8] = (c->ac_lba >> 24) & 0xFF;
		fis[9] = (c->ac_lba >> 32) & 0xFF;
		fis[10] = (c->ac_lba >> 40) & 0xFF;
		fis[13] = (c->ac_count >> 8) & 0xFF;
	} else if (fis[7] != 0) {
		fis[7] |= (c->ac_lba >> 24) & 0x0F;
	}
	fis[12] = c->ac_count & 0xFF;
}
