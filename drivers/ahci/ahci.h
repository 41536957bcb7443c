/*
 * ahci.h - what the parts of the AHCI SATA disk driver share: the
 * controller's registers (AHCI 1.3), the structures it reads from memory
 * by DMA, the ATA commands we give it, the ports and drives, and the
 * functions of each file.
 */
#ifndef AHCI_H
#define AHCI_H

#include <stdbool.h>
#include <stdint.h>
#include <errno.h>
#include <sys/types.h>
#include <minix/driver.h>
#include <minix/partition.h>

/* The controller: PCI mass storage (01), SATA (06), AHCI (01). */
#define AHCI_CLASS	0x010601u
#define PCI_COMMAND	0x04
#define PCI_CMD_MEM	0x0002		/* answer in memory space */
#define PCI_CMD_MASTER	0x0004		/* may do DMA */
#define PCI_ABAR	0x24		/* BAR5: the HBA's registers */

/* Generic host control registers (byte offsets from ABAR). */
#define HBA_CAP		0x00		/* capabilities */
#define HBA_GHC		0x04		/* global host control */
#define HBA_IS		0x08		/* interrupt status, a bit a port */
#define HBA_PI		0x0C		/* ports implemented */
#define HBA_VS		0x10		/* version */
#define CAP_NP(c)	(((c) & 0x1F) + 1)	/* ports */
#define CAP_S64A	(1u << 31)	/* 64-bit addresses */
#define GHC_HR		(1u << 0)	/* reset the whole HBA */
#define GHC_IE		(1u << 1)	/* interrupts on */
#define GHC_AE		(1u << 31)	/* AHCI mode (not legacy IDE) */

/* Port registers: 0x80 bytes a port from 0x100. */
#define PORT_BASE(p)	(0x100 + (p) * 0x80)
#define PX_CLB		0x00		/* command list: 1 KiB aligned */
#define PX_CLBU		0x04
#define PX_FB		0x08		/* received FIS area: 256 aligned */
#define PX_FBU		0x0C
#define PX_IS		0x10		/* interrupt status (write 1: clear) */
#define PX_IE		0x14		/* interrupt enable */
#define PX_CMD		0x18
#define PX_TFD		0x20		/* the device's status and error */
#define PX_SIG		0x24		/* what kind of device answered */
#define PX_SSTS		0x28		/* SATA status: the link */
#define PX_SCTL		0x2C		/* SATA control: COMRESET */
#define PX_SERR		0x30		/* SATA errors (write 1: clear) */
#define PX_CI		0x38		/* commands issued, a bit a slot */

#define CMD_ST		(1u << 0)	/* process the command list */
#define CMD_SUD		(1u << 1)	/* spin up the device */
#define CMD_POD		(1u << 2)	/* power it on */
#define CMD_FRE		(1u << 4)	/* receive FISes */
#define CMD_FR		(1u << 14)	/* FIS receive running */
#define CMD_CR		(1u << 15)	/* command list running */

#define IS_DHRS		(1u << 0)	/* a device-to-host register FIS */
#define IS_PSS		(1u << 1)	/* a PIO setup FIS */
#define IS_DPS		(1u << 5)	/* a PRD with I set is done */
#define IS_TFES		(1u << 30)	/* the device reported an error */
#define IS_ERRORS	0x7D800000u	/* TFES and the HBA's own errors */
#define IE_WANTED	(IS_DHRS | IS_PSS | IS_DPS | IS_ERRORS)

#define TFD_ERR		0x01		/* the command failed */
#define TFD_DRQ		0x08
#define TFD_BSY		0x80
#define SSTS_DET(s)	((s) & 0x0F)
#define DET_PRESENT	3		/* a device, and the link is up */
#define SCTL_DET_INIT	1		/* hold COMRESET */

#define SIG_ATA		0x00000101u
#define SIG_ATAPI	0xEB140101u

/* What the HBA reads by DMA: the command list (32 headers, we use the
 * first), the command table it points at, and its PRDs. */
struct cmd_header {
	uint32_t ch_flags;	/* CFL (FIS dwords), W, PRDTL << 16 */
	uint32_t ch_prdbc;	/* bytes moved: the HBA writes it */
	uint32_t ch_ctba;	/* the command table: 128 aligned */
	uint32_t ch_ctbau;
	uint32_t ch_rsvd[4];
};
_Static_assert(sizeof(struct cmd_header) == 32, "AHCI command header");

#define CH_CFL_H2D	5	/* a register FIS is five dwords */
#define CH_WRITE	(1u << 6)
#define CH_PRDTL(n)	((uint32_t) (n) << 16)

struct prd {
	uint32_t prd_dba;	/* data: even address */
	uint32_t prd_dbau;
	uint32_t prd_rsvd;
	uint32_t prd_dbc;	/* bytes - 1 (an odd number), I bit 31 */
};
_Static_assert(sizeof(struct prd) == 16, "AHCI PRD entry");

#define PRD_MAX		(4u << 20)	/* bytes one PRD may describe */

/* A port's page of DMA memory (port.c). */
#define MEM_CLB		0	/* 1 KiB: the command list */
#define MEM_FB		1024	/* 256 B: received FISes */
#define MEM_CT		2048	/* slot 0's command table */
#define MEM_SIZE	4096

#define CT_CFIS		0x00	/* the command FIS, in the table */
#define CT_PRDT		0x80	/* the PRDs, in the table */

/* Host to device register FIS (type 0x27), as the table holds it. */
#define FIS_H2D		0x27
#define FIS_H2D_C	0x80	/* this FIS is a command */
#define FIS_DEV_LBA	0x40

/* ATA commands (ACS): DMA reads and writes, 28- and 48-bit. */
#define ATA_READ_DMA	0xC8
#define ATA_READ_DMA_EXT 0x25
#define ATA_WRITE_DMA	0xCA
#define ATA_WRITE_DMA_EXT 0x35
#define ATA_FLUSH	0xE7
#define ATA_FLUSH_EXT	0xEA
#define ATA_IDENTIFY	0xEC

/* IDENTIFY DEVICE's words. */
#define ID_CONFIG	0	/* bit 15 set: not an ATA device */
#define ID_MODEL	27	/* 40 characters, bytes swapped */
#define ID_CAPS		49	/* bit 9: LBA */
#define ID_LBA28	60	/* two words: addressable sectors */
#define ID_CMDSET2	83	/* bit 10: 48-bit addresses */
#define ID_LBA48	100	/* four words */
#define ID_SECSIZE	106	/* bit 12 with bit 14: sectors > 512 B */

#define SECTOR_SIZE	512
#define LBA28_LIMIT	0x0FFFFFFFu	/* LBA28 commands end below this */
#define XFER_SECTORS	128		/* a command moves at most this */
#define XFER_BYTES	(XFER_SECTORS * SECTOR_SIZE)

#define NR_DRIVES	4		/* ports 0-3: c0d0-c0d3 */
#define MAX_PORTS	32
#define MINORS_PER_DRIVE (1 + NR_PARTS)	/* the whole disk, then p0-p3 */

#define CMD_TIMEOUT	(5 * HZ)	/* then the port is reset */
#define STOP_TIMEOUT	(HZ / 2)	/* CR and FR to clear (AHCI: 500 ms) */
#define RESET_TIMEOUT	(HZ)		/* the HBA reset (AHCI: 1 s) */
#define LINK_TIMEOUT	(HZ / 10)	/* DET after a COMRESET */
#define CMD_TRIES	4		/* the first try and three retries */

/* A disk on a port, with the memory its commands use. */
struct drive {
	bool d_present;		/* an ATA disk we serve */
	int d_port;
	bool d_lba48;
	uint64_t d_sectors;
	struct part d_part[MINORS_PER_DRIVE];	/* [0]: the whole disk */
	int d_opens;
	char d_name[8];		/* "c0d1", for messages */
	char d_model[41];
	uint8_t *d_mem;		/* command list, FIS area, table */
	uint32_t d_mem_phys;	/* (one page) as the HBA sees it */
	bool d_started;		/* the port runs on this instance's memory */
};

/* Where the controller is: what a live update's new version needs. */
struct hba_info {
	uint32_t h_base;	/* ABAR, physical */
	uint32_t h_size;
	int h_irq_hook;		/* the hook stays with the endpoint */
};

/* The command in hand: an ATA command and the data it moves. */
struct ata_cmd {
	uint8_t ac_command;
	bool ac_write;
	bool ac_lba48;
	uint64_t ac_lba;
	uint32_t ac_count;	/* sectors in the FIS */
	uint32_t ac_bytes;	/* data, through the bounce buffer; 0 none */
};

/* ahci.c: the drives, and the bounce buffer every command uses. */
extern struct drive drives[NR_DRIVES];
extern uint8_t *dma_buf;
extern uint32_t dma_buf_phys;
int dma_buf_alloc(void);

/* lu.c: a live update hands the drives to the new version. */
void ahci_lu_register(void);
int ahci_lu_init(void);

/* hba.c: the controller. */
extern struct hba_info hba;
int hba_map(void);
uint32_t hba_rd(uint32_t reg);
void hba_wr(uint32_t reg, uint32_t value);
uint32_t px_rd(int port, uint32_t reg);
void px_wr(int port, uint32_t reg, uint32_t value);
int hba_find(int *irq);
int hba_reset(void);
void hba_ack(void);
uint32_t hba_take_is(int port);

/* wait.c: deadlines, ticks and interrupts. */
void wait_arm(uint32_t ticks);
void wait_disarm(void);
int wait_event(bool tick);

/* port.c: a port's life. */
int port_stop(int port);
int port_start(struct drive *d);
int port_reset(struct drive *d);
void port_probe(int port, struct drive *d);
int port_memory(struct drive *d);

/* fis.c: the command FIS of an ATA command. */
#define FIS_H2D_LEN	20	/* bytes: CH_CFL_H2D dwords */
void fis_build(uint8_t fis[FIS_H2D_LEN], const struct ata_cmd *c);

/* cmd.c: commands, with retries. */
int cmd_run(struct drive *d, const struct ata_cmd *c);
int ahci_rw(struct drive *d, int write, uint64_t lba, unsigned n);
int ahci_identify(struct drive *d);
void ahci_flush(struct drive *d);

#endif
