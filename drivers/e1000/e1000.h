/*
 * e1000.h - the e1000 driver's private header: the Intel 82540EM's
 * registers and descriptors as the 8254x manual lays them out, and what
 * the driver's files share.
 */
#ifndef _E1000_H
#define _E1000_H

#include <stdint.h>
#include <minix/netdriver.h>
#include "ring.h"

#define E1000_VID	0x8086
#define E1000_DID	0x100E		/* 82540EM, QEMU's default NIC */

/* Registers: offsets in the memory BAR (BAR0). */
#define REG_CTRL	0x0000		/* device control */
#define REG_STATUS	0x0008
#define REG_EERD	0x0014		/* EEPROM read */
#define REG_ICR		0x00C0		/* interrupt cause; reading clears */
#define REG_IMS		0x00D0		/* interrupt mask set */
#define REG_IMC		0x00D8		/* interrupt mask clear */
#define REG_RCTL	0x0100		/* receive control */
#define REG_TCTL	0x0400		/* transmit control */
#define REG_TIPG	0x0410		/* transmit inter-packet gap */
#define REG_RDBAL	0x2800		/* receive ring: base, length, */
#define REG_RDBAH	0x2804
#define REG_RDLEN	0x2808
#define REG_RDH		0x2810		/* head (the card's), */
#define REG_RDT		0x2818		/* tail (ours) */
#define REG_RDTR	0x2820		/* receive interrupt delay */
#define REG_TDBAL	0x3800		/* transmit ring, likewise */
#define REG_TDBAH	0x3804
#define REG_TDLEN	0x3808
#define REG_TDH		0x3810
#define REG_TDT		0x3818
#define REG_MTA		0x5200		/* multicast table: 128 words */
#define REG_RAL0	0x5400		/* receive address 0 */
#define REG_RAH0	0x5404
#define REG_CRCERRS	0x4000		/* statistics; reading clears: */
#define REG_RXERRC	0x400C		/*  receive errors */
#define REG_MPC		0x4010		/*  missed: no room in the ring */
#define REG_COLC	0x4028		/*  collisions */
#define REG_RLEC	0x4040		/*  receive length errors */
#define MTA_WORDS	128

#define CTRL_LRST	(1u << 3)	/* link reset */
#define CTRL_ASDE	(1u << 5)	/* auto-detect speed */
#define CTRL_SLU	(1u << 6)	/* set link up */
#define CTRL_RST	(1u << 26)	/* device reset; clears itself */
#define CTRL_VME	(1u << 30)
#define CTRL_PHY_RST	(1u << 31)
#define STATUS_LU	(1u << 1)	/* link up */
#define EERD_START	(1u << 0)
#define EERD_DONE	(1u << 4)
#define EERD_ADDR(a)	((uint32_t) (a) << 8)
#define EERD_DATA(v)	((v) >> 16)

#define INT_TXDW	(1u << 0)	/* a descriptor was written back */
#define INT_TXQE	(1u << 1)	/* the transmit queue is empty */
#define INT_LSC		(1u << 2)	/* link status changed */
#define INT_RXSEQ	(1u << 3)
#define INT_RXDMT0	(1u << 4)	/* few receive descriptors left */
#define INT_RXO		(1u << 6)	/* receive overrun */
#define INT_RXT0	(1u << 7)	/* a frame was received */
#define INT_ALL		0xFFFFFFFFu

#define RCTL_EN		(1u << 1)
#define RCTL_UPE	(1u << 3)	/* every unicast frame */
#define RCTL_MPE	(1u << 4)	/* every multicast frame */
#define RCTL_BAM	(1u << 15)	/* broadcast frames */
#define RCTL_SECRC	(1u << 26)	/* strip the FCS */
					/* buffer size bits 00: 2048 */
#define TCTL_EN		(1u << 1)
#define TCTL_PSP	(1u << 3)	/* pad short frames */
#define TCTL_CT(n)	((uint32_t) (n) << 4)	/* collision threshold */
#define TCTL_COLD(n)	((uint32_t) (n) << 12)	/* collision distance */
#define TIPG_COPPER	(10u | (8u << 10) | (6u << 20))
#define RAH_AV		(1u << 31)	/* the address is valid */

/* Descriptors: 16 bytes each, in memory the card reads and writes. */
struct rx_desc {
	uint64_t rd_addr;		/* the buffer */
	uint16_t rd_length;		/* written by the card */
	uint16_t rd_csum;
	uint8_t rd_status;
	uint8_t rd_errors;
	uint16_t rd_special;
};
#define RXD_DD		0x01		/* done: the card filled it */
#define RXD_EOP		0x02		/* the frame's last descriptor */
#define RXD_ERRORS	0x97		/* CE, SE, SEQ, CXE, RXE */

struct tx_desc {
	uint64_t td_addr;
	uint16_t td_length;
	uint8_t td_cso;
	uint8_t td_cmd;
	uint8_t td_status;		/* written by the card */
	uint8_t td_css;
	uint16_t td_special;
};
#define TXD_EOP		0x01		/* cmd: end of frame */
#define TXD_IFCS	0x02		/* cmd: append the FCS */
#define TXD_RS		0x08		/* cmd: report status (DD) */
#define TXD_DD		0x01		/* status: sent */
#define TXD_EC		0x02		/* status: too many collisions */
#define TXD_LC		0x04		/* status: late collision */

_Static_assert(sizeof(struct rx_desc) == 16, "the card's layout");
_Static_assert(sizeof(struct tx_desc) == 16, "the card's layout");

#define RX_SLOTS	64		/* ring lengths: multiples of 8 */
#define TX_SLOTS	32
#define BUF_SIZE	2048		/* one frame per buffer */
#define FRAME_PAD	60		/* shortest frame on the wire, less FCS */

/* e1000.c: the registers. */
uint32_t e1000_rd(uint32_t reg);
void e1000_wr(uint32_t reg, uint32_t value);

/* rings.c: descriptor rings and buffers. */
int rings_init(void);
void rings_start(void);
int rings_send(const struct netdriver_data *data, size_t len);
ssize_t rings_recv(const struct netdriver_data *data, size_t max);
void rings_reclaim(void);
void rings_stat(struct ndev_stat *stat);

#endif
