/*
 * rtl8139.c - the driver of the RealTek 8139 Fast Ethernet card (QEMU's
 * -device rtl8139), on libnetdriver.
 *
 * At every start the driver finds the card through the PCI bus driver
 * and resets it: a restarted driver takes over a card its dead
 * predecessor left running, possibly still writing received frames into
 * memory that is no longer its own.  The address is the one the card
 * loaded from its EEPROM; frames move through its receive ring and four
 * transmit slots (rxtx.c); the card's interrupt says that frames came,
 * that sent ones are done, or that the link changed.  Every register is
 * an I/O port: each access is a kernel call (devio).
 *
 * Entry points: main(), rl_in(), rl_out().
 */
#include <stdio.h>
#include <minix/syslib.h>
#include <minix/pci.h>
#include "rtl8139.h"

#define PCI_COMMAND	0x04
#define PCI_CMD_IO	0x0001		/* answer in I/O space */
#define PCI_CMD_MASTER	0x0004		/* may do DMA */
#define PCI_BAR0	0x10
#define POLL_MAX	10000		/* register reads before giving up */

static uint32_t io_base;
static int irq_hook;
static uint32_t missed;

uint32_t rl_in(int width, uint32_t reg)
{
	uint32_t v = 0;
	int r;

	r = width == 1 ? sys_inb(io_base + reg, &v)
		: width == 2 ? sys_inw(io_base + reg, &v)
		: sys_inl(io_base + reg, &v);
	if (r != OK)
		panic("rtl8139: in 0x%x: %d", reg, r);
	return v;
}

void rl_out(int width, uint32_t reg, uint32_t value)
{
	int r;

	r = width == 1 ? sys_outb(io_base + reg, value)
		: width == 2 ? sys_outw(io_base + reg, value)
		: sys_outl(io_base + reg, value);
	if (r != OK)
		panic("rtl8139: out 0x%x: %d", reg, r);
}

/* The card, reserved, its ports ours, allowed to do DMA. */
static int find_card(int *irq)
{
	struct pci_info d;
	uint32_t base, size, cmd;
	int r, io;

	for (r = pci_first_dev(&d); r == OK; r = pci_next_dev(d.devind, &d))
		if (d.vid == RL_VID && d.did == RL_DID)
			break;
	if (r != OK) {
		printf("rtl8139: no RealTek 8139 card (%04x:%04x)\n", RL_VID,
			RL_DID);
		return -ENODEV;
	}
	if ((r = pci_reserve(d.devind)) != OK
	    || (r = pci_get_bar(d.devind, PCI_BAR0, &base, &size, &io)) != OK
	    || (r = pci_attr_read(d.devind, PCI_COMMAND, 2, &cmd)) != OK
	    || (r = pci_attr_write(d.devind, PCI_COMMAND, 2,
		cmd | PCI_CMD_IO | PCI_CMD_MASTER)) != OK)
		return r;
	if (!io || size < RL_PORTS || d.irq < 0)
		return -ENXIO;
	io_base = base;
	*irq = d.irq;
	return OK;
}

/* Reset the card and wait for it: no interrupts, no DMA. */
static int reset(void)
{
	int i;

	rl_out(2, RL_IMR, 0);
	rl_out(1, RL_CONFIG1, 0);		/* awake */
	rl_out(1, RL_CR, CR_RST);
	for (i = 0; i < POLL_MAX && (rl_in(1, RL_CR) & CR_RST); i++)
		;
	if (rl_in(1, RL_CR) & CR_RST)
		return -EIO;
	rl_out(2, RL_ISR, 0xFFFF);
	return OK;
}

static int rl_link(void)
{
	return (rl_in(2, RL_BMSR) & BMSR_LINK) ? NDEV_LINK_UP : NDEV_LINK_DOWN;
}

/* Both halves on, then their configuration: the card ignores TCR while
 * the transmitter is off.  It receives frames for its address only
 * until rl_mode says more. */
static void start(void)
{
	rxtx_start();
	rl_out(1, RL_CR, CR_RE | CR_TE);
	rl_out(4, RL_TCR, TCR_IFG_STD | TCR_MXDMA_2K);
	rl_out(4, RL_RCR, RCR_APM | RCR_MXDMA_ALL | RCR_RBLEN_32K
		| RCR_RXFTH_NONE);
	rl_out(4, RL_MPC, 0);
	rl_out(2, RL_IMR, INT_WANTED);
}

static int rl_init(uint8_t addr[NDEV_HWADDR_LEN])
{
	int irq, i, r;

	if ((r = find_card(&irq)) != OK || (r = reset()) != OK
	    || (r = rxtx_init()) != OK)
		return r;
	for (i = 0; i < NDEV_HWADDR_LEN; i++)
		addr[i] = rl_in(1, RL_IDR0 + i);
	start();
	if ((r = sys_irqsetpolicy(irq, 0, &irq_hook)) != OK)
		return r;
	printf("rtl8139: %02x:%02x:%02x:%02x:%02x:%02x, irq %d, link %s\n",
		addr[0], addr[1], addr[2], addr[3], addr[4], addr[5], irq,
		rl_link() == NDEV_LINK_UP ? "up" : "down");
	return OK;
}

static void rl_mode(unsigned int mode)
{
	uint32_t rcr = rl_in(4, RL_RCR) & ~RCR_MODES;
	uint32_t mar = (mode & (NDEV_MODE_MCAST | NDEV_MODE_PROMISC))
		? 0xFFFFFFFF : 0;

	if (mode & NDEV_MODE_BCAST)
		rcr |= RCR_AB;
	if (mode & NDEV_MODE_MCAST)
		rcr |= RCR_AM;
	if (mode & NDEV_MODE_PROMISC)
		rcr |= RCR_AAP | RCR_AM | RCR_AB;
	rl_out(4, RL_MAR0, mar);
	rl_out(4, RL_MAR0 + 4, mar);
	rl_out(4, RL_RCR, rcr);
}

/* Acknowledge what the card says, then act on it; the kernel keeps the
 * line masked until we enable it again. */
static void rl_intr(uint32_t mask)
{
	uint32_t isr = rl_in(2, RL_ISR);

	rl_out(2, RL_ISR, isr);
	if (isr & (INT_TOK | INT_TER)) {
		rxtx_reclaim();
		netdriver_send();
	}
	if (isr & (INT_ROK | INT_RER | INT_RXOVW | INT_FOVW))
		netdriver_recv();
	if (isr & INT_LINK)
		netdriver_link();
	(void) sys_irqenable(&irq_hook);
}

static void rl_stat(struct ndev_stat *st)
{
	missed += rl_in(4, RL_MPC) & 0xFFFFFF;
	rl_out(4, RL_MPC, 0);
	st->ns_rx_dropped += missed;
	rxtx_stat(st);
}

static void rl_stop(void)
{
	(void) reset();
}

static const struct netdriver rtl8139_driver = {
	.ndr_name = "rtl8139",
	.ndr_init = rl_init,
	.ndr_mode = rl_mode,
	.ndr_send = rxtx_send,
	.ndr_recv = rxtx_recv,
	.ndr_link = rl_link,
	.ndr_stat = rl_stat,
	.ndr_intr = rl_intr,
	.ndr_stop = rl_stop,
};

int main(void)
{
	netdriver_task(&rtl8139_driver);
	return 0;
}
