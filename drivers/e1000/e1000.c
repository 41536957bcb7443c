/*
 * e1000.c - the driver of the Intel 82540EM gigabit Ethernet card
 * (QEMU's default NIC, -device e1000), on libnetdriver.
 *
 * At every start the driver finds the card through the PCI bus driver,
 * maps its registers (BAR0), and resets it: a restarted driver takes
 * over a card its dead predecessor left running, possibly still writing
 * received frames into memory that is no longer its own.  The address
 * comes from the card's EEPROM; frames move through descriptor rings
 * (rings.c); the card's interrupt says that frames came, that sent ones
 * are done, or that the link changed.
 *
 * Entry points: main(), e1000_rd(), e1000_wr().
 */
#include <stdio.h>
#include <minix/syslib.h>
#include <minix/pci.h>
#include "e1000.h"

#define PCI_COMMAND	0x04
#define PCI_CMD_MEM	0x0002		/* answer in memory space */
#define PCI_CMD_MASTER	0x0004		/* may do DMA */
#define PCI_BAR0	0x10
#define POLL_MAX	100000		/* register reads before giving up */

static volatile uint32_t *regs;
static int irq_hook;
static uint32_t missed, card_errors, collisions;	/* from the statistics */

uint32_t e1000_rd(uint32_t reg)
{
	return regs[reg / 4];
}

void e1000_wr(uint32_t reg, uint32_t value)
{
	regs[reg / 4] = value;
}

/* The card, reserved, its registers mapped, allowed to do DMA. */
static int find_card(int *irq)
{
	struct pci_info d;
	uint32_t base, size, cmd;
	int r, io;

	for (r = pci_first_dev(&d); r == OK; r = pci_next_dev(d.devind, &d))
		if (d.vid == E1000_VID && d.did == E1000_DID)
			break;
	if (r != OK) {
		printf("e1000: no Intel 82540EM card (%04x:%04x)\n",
			E1000_VID, E1000_DID);
		return -ENODEV;
	}
	if ((r = pci_reserve(d.devind)) != OK
	    || (r = pci_get_bar(d.devind, PCI_BAR0, &base, &size, &io)) != OK
	    || (r = pci_attr_read(d.devind, PCI_COMMAND, 2, &cmd)) != OK
	    || (r = pci_attr_write(d.devind, PCI_COMMAND, 2,
		cmd | PCI_CMD_MEM | PCI_CMD_MASTER)) != OK)
		return r;
	if (io || d.irq < 0)
		return -ENXIO;
	if ((r = map_phys(base, size, (void **) &regs)) != OK)
		return r;
	*irq = d.irq;
	return OK;
}

/* Reset the card and wait for it: no interrupts, no DMA, the link up. */
static int reset(void)
{
	int i;

	e1000_wr(REG_IMC, INT_ALL);
	e1000_wr(REG_CTRL, e1000_rd(REG_CTRL) | CTRL_RST);
	for (i = 0; i < POLL_MAX && (e1000_rd(REG_CTRL) & CTRL_RST); i++)
		;
	if (e1000_rd(REG_CTRL) & CTRL_RST)
		return -EIO;
	e1000_wr(REG_IMC, INT_ALL);
	(void) e1000_rd(REG_ICR);
	e1000_wr(REG_CTRL, (e1000_rd(REG_CTRL) | CTRL_SLU | CTRL_ASDE)
		& ~(CTRL_LRST | CTRL_PHY_RST | CTRL_VME));
	return OK;
}

static int eeprom_word(int addr, uint16_t *word)
{
	uint32_t v = 0;
	int i;

	e1000_wr(REG_EERD, EERD_START | EERD_ADDR(addr));
	for (i = 0; i < POLL_MAX && !((v = e1000_rd(REG_EERD)) & EERD_DONE);
	     i++)
		;
	if (!(v & EERD_DONE))
		return -EIO;
	*word = EERD_DATA(v);
	return OK;
}

/* The address, from the EEPROM's first three words; the card receives
 * frames for it, and no multicast until asked. */
static int read_address(uint8_t addr[NDEV_HWADDR_LEN])
{
	uint16_t w;
	int i, r;

	for (i = 0; i < 3; i++) {
		if ((r = eeprom_word(i, &w)) != OK)
			return r;
		addr[2 * i] = w & 0xFF;
		addr[2 * i + 1] = w >> 8;
	}
	e1000_wr(REG_RAL0, addr[0] | addr[1] << 8 | addr[2] << 16
		| (uint32_t) addr[3] << 24);
	e1000_wr(REG_RAH0, addr[4] | addr[5] << 8 | RAH_AV);
	for (i = 0; i < MTA_WORDS; i++)
		e1000_wr(REG_MTA + 4 * i, 0);
	return OK;
}

static int e1000_link(void)
{
	return (e1000_rd(REG_STATUS) & STATUS_LU) ? NDEV_LINK_UP
		: NDEV_LINK_DOWN;
}

static int e1000_init(uint8_t addr[NDEV_HWADDR_LEN])
{
	int irq, r;

	if ((r = find_card(&irq)) != OK || (r = reset()) != OK
	    || (r = read_address(addr)) != OK || (r = rings_init()) != OK)
		return r;
	rings_start();
	e1000_wr(REG_TIPG, TIPG_COPPER);
	e1000_wr(REG_TCTL, TCTL_EN | TCTL_PSP | TCTL_CT(0x0F)
		| TCTL_COLD(0x40));
	e1000_wr(REG_RCTL, RCTL_EN | RCTL_SECRC);
	e1000_wr(REG_IMS, INT_RXT0 | INT_RXO | INT_RXDMT0 | INT_RXSEQ
		| INT_TXDW | INT_LSC);
	if ((r = sys_irqsetpolicy(irq, 0, &irq_hook)) != OK)
		return r;
	printf("e1000: %02x:%02x:%02x:%02x:%02x:%02x, irq %d, link %s\n",
		addr[0], addr[1], addr[2], addr[3], addr[4], addr[5], irq,
		e1000_link() == NDEV_LINK_UP ? "up" : "down");
	return OK;
}

/* RCTL is written only when it changes: QEMU's e1000 takes no frame
 * for a second after each write of it. */
static void e1000_mode(unsigned int mode)
{
	uint32_t old = e1000_rd(REG_RCTL);
	uint32_t rctl = old & ~(RCTL_BAM | RCTL_MPE | RCTL_UPE);

	if (mode & NDEV_MODE_BCAST)
		rctl |= RCTL_BAM;
	if (mode & NDEV_MODE_MCAST)
		rctl |= RCTL_MPE;
	if (mode & NDEV_MODE_PROMISC)
		rctl |= RCTL_UPE | RCTL_MPE | RCTL_BAM;
	if (rctl != old)
		e1000_wr(REG_RCTL, rctl);
}

/* Reading ICR clears it (and lowers the line); the kernel keeps the
 * line masked until we enable it again. */
static void e1000_intr(uint32_t mask)
{
	uint32_t icr = e1000_rd(REG_ICR);

	if (icr & INT_LSC)
		netdriver_link();
	if (icr & (INT_TXDW | INT_TXQE)) {
		rings_reclaim();
		netdriver_send();
	}
	if (icr & (INT_RXT0 | INT_RXO | INT_RXDMT0 | INT_RXSEQ))
		netdriver_recv();
	(void) sys_irqenable(&irq_hook);
}

/* The card's statistics clear when read: they add up here. */
static void e1000_stat(struct ndev_stat *st)
{
	missed += e1000_rd(REG_MPC);
	card_errors += e1000_rd(REG_CRCERRS) + e1000_rd(REG_RXERRC)
		+ e1000_rd(REG_RLEC);
	collisions += e1000_rd(REG_COLC);
	st->ns_rx_dropped += missed;
	st->ns_rx_errors += card_errors;
	st->ns_collisions += collisions;
	rings_stat(st);
}

static void e1000_stop(void)
{
	(void) reset();
}

static const struct netdriver e1000_driver = {
	.ndr_name = "e1000",
	.ndr_init = e1000_init,
	.ndr_mode = e1000_mode,
	.ndr_send = rings_send,
	.ndr_recv = rings_recv,
	.ndr_link = e1000_link,
	.ndr_stat = e1000_stat,
	.ndr_intr = e1000_intr,
	.ndr_stop = e1000_stop,
};

int main(void)
{
	netdriver_task(&e1000_driver);
	return 0;
}
