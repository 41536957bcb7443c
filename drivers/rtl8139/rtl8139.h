/*
 * rtl8139.h - the rtl8139 driver's private header: the RealTek 8139's
 * registers (in its I/O space, BAR0) as its datasheet lays them out, and
 * what the driver's files share.
 */
#ifndef _RTL8139_H
#define _RTL8139_H

#include <stdint.h>
#include <minix/netdriver.h>
#include "rxring.h"

#define RL_VID		0x10EC
#define RL_DID		0x8139

#define RL_IDR0		0x00		/* the address, 6 bytes */
#define RL_MAR0		0x08		/* multicast filter, 8 bytes */
#define RL_TSD(i)	(0x10 + 4 * (i))	/* transmit status of slot i */
#define RL_TSAD(i)	(0x20 + 4 * (i))	/* its buffer's address */
#define RL_RBSTART	0x30		/* the receive ring's address */
#define RL_CR		0x37		/* command */
#define RL_CAPR		0x38		/* where we read, less 16 */
#define RL_IMR		0x3C		/* interrupt mask */
#define RL_ISR		0x3E		/* interrupt status; write 1s to clear */
#define RL_TCR		0x40		/* transmit configuration */
#define RL_RCR		0x44		/* receive configuration */
#define RL_MPC		0x4C		/* missed frames (24 bits) */
#define RL_CONFIG1	0x52
#define RL_BMSR		0x64		/* the PHY's status */
#define RL_PORTS	0x100

#define CR_BUFE		0x01		/* the receive ring is empty */
#define CR_TE		0x04
#define CR_RE		0x08
#define CR_RST		0x10		/* reset; clears itself */

#define INT_ROK		0x0001
#define INT_RER		0x0002
#define INT_TOK		0x0004
#define INT_TER		0x0008
#define INT_RXOVW	0x0010		/* the ring overflowed */
#define INT_LINK	0x0020		/* link changed (or underrun) */
#define INT_FOVW	0x0040		/* the FIFO overflowed */
#define INT_SERR	0x8000		/* system (PCI) error */
#define INT_WANTED	(INT_ROK | INT_RER | INT_TOK | INT_TER | INT_RXOVW \
			 | INT_LINK | INT_FOVW | INT_SERR)

#define TSD_SIZE	0x1FFF
#define TSD_OWN		(1u << 13)	/* the card has read the buffer */
#define TSD_TUN		(1u << 14)	/* underrun */
#define TSD_TOK		(1u << 15)	/* sent */
#define TSD_ERTXTH(n)	((uint32_t) (n) << 16)	/* start at n*32 bytes */
#define TSD_NCC(s)	(((s) >> 24) & 0xF)	/* collisions */
#define TSD_TABT	(1u << 30)	/* aborted */

#define TCR_CLRABT	(1u << 0)	/* send an aborted frame again */
#define TCR_MXDMA_2K	(7u << 8)
#define TCR_IFG_STD	(3u << 24)

#define RCR_AAP		0x01		/* every frame */
#define RCR_APM		0x02		/* frames for our address */
#define RCR_AM		0x04		/* multicast */
#define RCR_AB		0x08		/* broadcast */
#define RCR_MXDMA_ALL	(7u << 8)
#define RCR_RBLEN_32K	(2u << 11)
#define RCR_RXFTH_NONE	(7u << 13)	/* whole frames to memory */
#define RCR_MODES	(RCR_AAP | RCR_AM | RCR_AB)

#define BMSR_LINK	0x0004

#define RX_RING		32768		/* RBLEN_32K */
#define TX_SLOTS	4		/* the card has four, used in turn */
#define TX_BUF		2048
#define FRAME_PAD	60		/* shortest frame, less FCS */

/* rtl8139.c: the registers. */
uint32_t rl_in(int width, uint32_t reg);
void rl_out(int width, uint32_t reg, uint32_t value);

/* rxtx.c: the receive ring and the transmit slots. */
int rxtx_init(void);
void rxtx_start(void);
int rxtx_send(const struct netdriver_data *data, size_t len);
ssize_t rxtx_recv(const struct netdriver_data *data, size_t max);
void rxtx_reclaim(void);
void rxtx_stat(struct ndev_stat *st);

#endif
