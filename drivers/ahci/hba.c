/*
 * hba.c - the AHCI controller (the HBA) as a whole: found through the
 * PCI bus driver, its registers mapped, reset, and its interrupt.
 *
 * Every start resets the HBA (GHC.HR): a restarted driver takes over a
 * controller its dead predecessor may have left in the middle of a
 * command, moving data into memory that is no longer the driver's.  The
 * reset ends every command and stops every port; only then is memory for
 * new commands allocated.
 *
 * The interrupt is the PCI line (level triggered, maybe shared): the
 * kernel keeps it masked after each notification until hba_ack() has
 * cleared what the ports reported and enabled it again.
 *
 * Entry points: hba_rd(), hba_wr(), px_rd(), px_wr(), hba_find(),
 * hba_map(), hba_reset(), hba_ack(), hba_take_is().
 */
#include <stdio.h>
#include <minix/syslib.h>
#include <minix/pci.h>
#include "ahci.h"

struct hba_info hba;
static volatile uint32_t *abar;		/* the registers, mapped */
static uint32_t seen_is[MAX_PORTS];	/* PxIS bits cleared by hba_ack */

uint32_t hba_rd(uint32_t reg)
{
	return abar[reg / 4];
}

void hba_wr(uint32_t reg, uint32_t value)
{
	abar[reg / 4] = value;
}

uint32_t px_rd(int port, uint32_t reg)
{
	return hba_rd(PORT_BASE(port) + reg);
}

void px_wr(int port, uint32_t reg, uint32_t value)
{
	hba_wr(PORT_BASE(port) + reg, value);
}

/* The first AHCI controller PCI shows us (system.conf lets us see only
 * class 01/06/01), reserved, answering in memory space, allowed to do
 * DMA, its registers mapped.  -ENODEV: there is none. */
int hba_find(int *irq)
{
	struct pci_info d;
	uint32_t base, size, cmd;
	int r, io;

	for (r = pci_first_dev(&d); r == OK; r = pci_next_dev(d.devind, &d))
		if (d.class_code == AHCI_CLASS)
			break;
	if (r == -ENODEV) {
		printf("ahci: no AHCI SATA controller (PCI class %06x)\n",
			AHCI_CLASS);
		return -ENODEV;
	}
	if (r != OK
	    || (r = pci_reserve(d.devind)) != OK
	    || (r = pci_get_bar(d.devind, PCI_ABAR, &base, &size, &io)) != OK
	    || (r = pci_attr_read(d.devind, PCI_COMMAND, 2, &cmd)) != OK
	    || (r = pci_attr_write(d.devind, PCI_COMMAND, 2,
		cmd | PCI_CMD_MEM | PCI_CMD_MASTER)) != OK)
		return r;
	if (io || size < PORT_BASE(1) || d.irq < 0) {
		printf("ahci: %02x:%02x.%x has no usable registers or IRQ\n",
			d.bus, d.dev, d.func);
		return -ENXIO;
	}
	hba.h_base = base;
	hba.h_size = size;
	if ((r = hba_map()) != OK)
		return r;
	*irq = d.irq;
	printf("ahci: %04x:%04x at %02x:%02x.%x, irq %d, AHCI %x.%x, "
		"%u ports\n", d.vid, d.did, d.bus, d.dev, d.func, d.irq,
		hba_rd(HBA_VS) >> 16, (hba_rd(HBA_VS) >> 8) & 0xFF,
		CAP_NP(hba_rd(HBA_CAP)));
	return sys_irqsetpolicy(d.irq, 0, &hba.h_irq_hook);
}

/* The registers, in our address space. */
int hba_map(void)
{
	return map_phys(hba.h_base, hba.h_size, (void **) &abar);
}

/* Reset the HBA and put it in AHCI mode with interrupts on: every port
 * is stopped, nothing is in flight. */
int hba_reset(void)
{
	int r = OK;

	hba_wr(HBA_GHC, GHC_AE);
	hba_wr(HBA_GHC, GHC_AE | GHC_HR);
	wait_arm(RESET_TIMEOUT);
	while ((hba_rd(HBA_GHC) & GHC_HR) && (r = wait_event(true)) == OK)
		;
	if (r != OK) {
		printf("ahci: the controller does not come out of reset\n");
		return -EIO;
	}
	hba_wr(HBA_GHC, GHC_AE);	/* the reset cleared it */
	hba_wr(HBA_IS, 0xFFFFFFFFu);
	hba_wr(HBA_GHC, GHC_AE | GHC_IE);
	return OK;
}

/* After an interrupt: clear what each port reported (the command's
 * waiter reads the truth from PxCI and PxTFD), then the HBA's summary,
 * and let the line interrupt again.  What a port reported is kept for
 * hba_take_is(). */
void hba_ack(void)
{
	uint32_t is = hba_rd(HBA_IS);
	int p;

	for (p = 0; p < MAX_PORTS; p++)
		if (is & (1u << p)) {
			seen_is[p] |= px_rd(p, PX_IS);
			px_wr(p, PX_IS, seen_is[p]);
		}
	hba_wr(HBA_IS, is);
	(void) sys_irqenable(&hba.h_irq_hook);
}

/* What port reported since the last look (cleared now). */
uint32_t hba_take_is(int port)
{
	uint32_t is = seen_is[port] | px_rd(port, PX_IS);

	px_wr(port, PX_IS, is);
	seen_is[port] = 0;
	return is;
}
