/*
 * at_wini.h - what the parts of the ATA disk driver share: channels,
 * drives, partitions, and the functions of each file.
 */
#ifndef AT_WINI_H
#define AT_WINI_H

#include <stdbool.h>
#include <stdint.h>
#include <errno.h>
#include <sys/types.h>
#include <minix/driver.h>
#include <minix/partition.h>
#include "ata.h"

#define NR_CHANNELS	2
#define NR_DRIVES	(2 * NR_CHANNELS)	/* master and slave of each */
#define MINORS_PER_DRIVE (1 + NR_PARTS)		/* the whole disk, then p0-p3 */

#define CMD_TIMEOUT	(5 * HZ)	/* then the channel is reset */
#define ID_TIMEOUT	(2 * HZ)	/* IDENTIFY at probe time */
#define RESET_TIMEOUT	(3 * HZ)	/* for BSY to clear after SRST */
#define CMD_TRIES	4		/* the first try and three retries */

struct channel {
	uint16_t c_base;	/* command block ports */
	uint16_t c_ctl;		/* the control block port */
	int c_irq;
	int c_hook;		/* the kernel's hook number, for irqctl */
	bool c_present;		/* has a hook and answered a reset */
	unsigned c_resets;	/* soft resets so far */
	uint32_t c_deadline;	/* tick by which the command must end */
};

struct drive {
	bool d_present;		/* an ATA disk we can use */
	struct channel *d_chan;
	uint8_t d_select;	/* DEV_SLAVE or 0 */
	bool d_lba48;		/* takes the EXT commands */
	unsigned d_mult;	/* sectors per interrupt: 1 or multiple mode */
	unsigned d_mult_at;	/* c_resets when multiple mode was set */
	uint64_t d_sectors;
	struct part d_part[MINORS_PER_DRIVE];	/* [0]: the whole disk */
	int d_opens;		/* open minors of this drive */
	char d_name[8];		/* "c0d1", for messages */
	char d_model[41];
};

/* One command, as the task file registers take it. */
struct taskfile {
	uint8_t tf_device;	/* DEV_* bits and LBA bits 24-27 */
	uint8_t tf_command;
	bool tf_lba48;		/* write the high-order bytes too */
	uint64_t tf_lba;
	uint32_t tf_count;	/* sectors; 256 goes out as 0 */
};

/* What a wait is for (channel.c). */
enum want {
	W_READY,		/* BSY and DRQ clear: may take a command */
	W_DATA,			/* DRQ: a block of data is ready to move */
	W_DONE,			/* BSY clear: the command has ended */
};

enum how {
	WAIT_IRQ,		/* the device interrupts when it gets there */
	WAIT_POLL,		/* it does not: poll, then poll each tick */
};

/* at_wini.c: the channels and the drives on them. */
extern struct channel channels[NR_CHANNELS];
extern struct drive drives[NR_DRIVES];

/* lu.c: a live update hands them to the new version. */
int at_lu_save(int state, uint32_t *version);
int at_lu_restore(uint32_t version, size_t len);

/* channel.c: port access to the task file. */
uint8_t ch_in(const struct channel *ch, int reg);
void ch_select(const struct channel *ch, uint8_t device);
void ch_issue(const struct channel *ch, const struct taskfile *tf);
void ch_pio_in(const struct channel *ch, uint8_t *sector);
void ch_pio_out(const struct channel *ch, const uint8_t *sector);
int ch_reset(struct channel *ch);

/* wait.c: waiting for the device, with a deadline. */
void ch_arm(struct channel *ch, uint32_t ticks);
void ch_disarm(struct channel *ch);
int ch_sleep(struct channel *ch);
int ch_wait(struct channel *ch, enum want want, enum how how, uint8_t *st);

/* io.c: commands with retries. */
int ata_rw(struct drive *d, int write, uint64_t lba, unsigned n,
	uint8_t *buf);
int ata_identify(struct drive *d, uint8_t *sector);
void ata_multiple(struct drive *d, unsigned most);
void ata_flush(struct drive *d);

/* probe.c: finding the disks. */
void probe_channel(struct channel *ch, struct drive *master,
	struct drive *slave, uint8_t *buf);
void read_partitions(struct drive *d, uint8_t *buf);

#endif
