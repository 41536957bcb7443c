/*
 * ata.h - the ATA register file and commands of the legacy IDE
 * controller, as the ATA/ATAPI specification names them.
 */
#ifndef AT_WINI_ATA_H
#define AT_WINI_ATA_H

/* Command block registers, from the channel's base port. */
#define REG_DATA	0	/* 16-bit PIO data */
#define REG_ERROR	1	/* read: why ERR is set */
#define REG_FEATURES	1	/* write */
#define REG_COUNT	2	/* sector count */
#define REG_LBA_LO	3
#define REG_LBA_MID	4	/* the ATAPI signature's low byte */
#define REG_LBA_HI	5	/* and its high byte */
#define REG_DEVICE	6	/* drive select and LBA bits 24-27 */
#define REG_STATUS	7	/* read: reading it acknowledges INTRQ */
#define REG_COMMAND	7	/* write */

/* The control block: one port, alternate status / device control. */
#define REG_ALTSTATUS	0	/* read: status without acknowledging */
#define REG_DEVCTL	0	/* write */

#define ST_ERR		0x01	/* the command failed: see REG_ERROR */
#define ST_DRQ		0x08	/* a data block is ready to move */
#define ST_DF		0x20	/* device fault */
#define ST_DRDY		0x40	/* ready for commands */
#define ST_BSY		0x80	/* every other bit is meaningless */

#define CTL_NIEN	0x02	/* set: the device raises no interrupts */
#define CTL_SRST	0x04	/* software reset of both drives */

#define DEV_OBS		0xA0	/* bits that must be one on old drives */
#define DEV_LBA		0x40	/* addresses are LBA, not CHS */
#define DEV_SLAVE	0x10	/* drive 1 of the channel */

#define CMD_READ	0x20	/* READ SECTORS (LBA28) */
#define CMD_READ_EXT	0x24	/* READ SECTORS EXT (LBA48) */
#define CMD_WRITE	0x30	/* WRITE SECTORS */
#define CMD_WRITE_EXT	0x34	/* WRITE SECTORS EXT */
#define CMD_READ_MULT	0xC4	/* READ MULTIPLE: a block of sectors an IRQ */
#define CMD_READ_MULT_EXT 0x29
#define CMD_WRITE_MULT	0xC5	/* WRITE MULTIPLE */
#define CMD_WRITE_MULT_EXT 0x39
#define CMD_SET_MULT	0xC6	/* SET MULTIPLE MODE: count = block size */
#define CMD_FLUSH	0xE7	/* FLUSH CACHE */
#define CMD_FLUSH_EXT	0xEA	/* FLUSH CACHE EXT */
#define CMD_IDENTIFY	0xEC	/* IDENTIFY DEVICE */

/* The signature an ATAPI device leaves in LBA mid/high after a reset
 * or an aborted IDENTIFY DEVICE (SATA bridges use the second pair). */
#define SIG_ATAPI_MID	0x14
#define SIG_ATAPI_HI	0xEB
#define SIG_SATAPI_MID	0x69
#define SIG_SATAPI_HI	0x96

/* IDENTIFY DEVICE data, in 16-bit words. */
#define ID_CONFIG	0	/* bit 15 set: not an ATA device */
#define ID_MODEL	27	/* 40 characters, bytes swapped */
#define ID_MULT		47	/* bits 7-0: most sectors a block */
#define ID_CAPS		49	/* bit 9: LBA supported */
#define ID_LBA28	60	/* two words: addressable sectors */
#define ID_CMDSET2	83	/* bit 10: 48-bit addressing */
#define ID_LBA48	100	/* four words: addressable sectors */

#define ID_CONFIG_ATAPI	0x8000
#define ID_CAPS_LBA	0x0200
#define ID_CMDSET2_LBA48 0x0400

#define SECTOR_SIZE	512
#define SECTOR_WORDS	(SECTOR_SIZE / 2)
#define LBA28_LIMIT	0x0FFFFFFFu	/* LBA28 commands end below this */
#define MAX_SECTORS	256	/* per command: a count of 0 means 256 */
#define MAX_MULT	16	/* sectors per interrupt we ask for */

#endif
