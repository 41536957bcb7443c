/*
 * bus.c - PCI configuration space through configuration mechanism #1
 * (an address at port 0xCF8, the data at 0xCFC..0xCFF), and the scan
 * that finds every device: bus 0 and each bus behind a PCI-to-PCI
 * bridge.
 */
#include <stdio.h>
#include <string.h>
#include <minix/syslib.h>
#include "pci.h"

#define CONFIG_ADDRESS	0xCF8
#define CONFIG_DATA	0xCFC
#define ENABLE		0x80000000u

#define REG_VENDOR	0x00
#define REG_COMMAND	0x04
#define REG_CLASS	0x08	/* revision, progif, subclass, class */
#define REG_HEADER	0x0E
#define REG_BAR0	0x10
#define REG_SECONDARY	0x19	/* a bridge's secondary bus */
#define REG_IRQ_LINE	0x3C

#define HEADER_MULTI	0x80
#define HEADER_TYPE	0x7F
#define CLASS_BRIDGE_PCI 0x060400

struct pci_dev pci_devs[NR_PCI_DEVS];
int nr_pci_devs;

static uint32_t address(int bus, int dev, int func, int reg)
{
	return ENABLE | (uint32_t) bus << 16 | (uint32_t) dev << 11
		| (uint32_t) func << 8 | (reg & 0xFC);
}

static uint32_t raw_read(int bus, int dev, int func, int reg, int size)
{
	uint32_t v = 0;
	int port = CONFIG_DATA + (reg & 3);

	(void) sys_outl(CONFIG_ADDRESS, address(bus, dev, func, reg));
	if (size == 1)
		(void) sys_inb(port, &v);
	else if (size == 2)
		(void) sys_inw(port, &v);
	else
		(void) sys_inl(CONFIG_DATA, &v);
	return v;
}

uint32_t pci_cfg_read(const struct pci_dev *d, int reg, int size)
{
	return raw_read(d->bus, d->dev, d->func, reg, size);
}

void pci_cfg_write(const struct pci_dev *d, int reg, int size, uint32_t v)
{
	int port = CONFIG_DATA + (reg & 3);

	(void) sys_outl(CONFIG_ADDRESS, address(d->bus, d->dev, d->func, reg));
	if (size == 1)
		(void) sys_outb(port, v & 0xFF);
	else if (size == 2)
		(void) sys_outw(port, v & 0xFFFF);
	else
		(void) sys_outl(CONFIG_DATA, v);
}

static void scan_bus(int bus, int depth);

static void add_function(int bus, int dev, int func, int depth)
{
	struct pci_dev *d;
	uint32_t id = raw_read(bus, dev, func, REG_VENDOR, 4);

	if ((id & 0xFFFF) == 0xFFFF)
		return;
	if (nr_pci_devs == NR_PCI_DEVS) {
		printf("pci: more than %d devices; %02x:%02x.%x left out\n",
		    NR_PCI_DEVS, bus, dev, func);
		return;
	}
	d = &pci_devs[nr_pci_devs++];
	memset(d, 0, sizeof(*d));
	d->bus = bus;
	d->dev = dev;
	d->func = func;
	d->vid = id & 0xFFFF;
	d->did = id >> 16;
	d->class_code = raw_read(bus, dev, func, REG_CLASS, 4) >> 8;
	d->irq = raw_read(bus, dev, func, REG_IRQ_LINE, 1);
	if (d->irq == 0 || d->irq > 15)
		d->irq = 0xFF;
	d->owner = NONE;
	printf("pci: %02x:%02x.%x %04x:%04x class %06x irq %d\n", bus, dev,
	    func, d->vid, d->did, (unsigned) d->class_code,
	    d->irq == 0xFF ? -1 : d->irq);
	if (d->class_code >> 8 == CLASS_BRIDGE_PCI >> 8 && depth < 8)
		scan_bus(raw_read(bus, dev, func, REG_SECONDARY, 1),
		    depth + 1);
}

static void scan_bus(int bus, int depth)
{
	int dev, func, nfunc;

	for (dev = 0; dev < 32; dev++) {
		if ((raw_read(bus, dev, 0, REG_VENDOR, 2) & 0xFFFF) == 0xFFFF)
			continue;
		nfunc = raw_read(bus, dev, 0, REG_HEADER, 1) & HEADER_MULTI
			? 8 : 1;
		for (func = 0; func < nfunc; func++)
			add_function(bus, dev, func, depth);
	}
}

void pci_scan(void)
{
	nr_pci_devs = 0;
	scan_bus(0, 0);
}

/* Each base address register's kind and size: write all ones, read
 * back what sticks, restore.  Decoding is off meanwhile so that the
 * device never answers at the all-ones address; this is done at the
 * first reservation, when only the reserving driver uses the device. */
void pci_size_bars(struct pci_dev *d)
{
	struct pci_bar *b;
	uint32_t cmd, old, mask;
	int i, reg, nregs;

	if (d->bars_known)
		return;
	d->bars_known = true;
	nregs = (pci_cfg_read(d, REG_HEADER, 1) & HEADER_TYPE) == 0 ? 6 : 2;
	cmd = pci_cfg_read(d, REG_COMMAND, 2);
	pci_cfg_write(d, REG_COMMAND, 2, cmd & ~3u);
	for (i = 0; i < nregs; i++) {
		reg = REG_BAR0 + 4 * i;
		old = pci_cfg_read(d, reg, 4);
		pci_cfg_write(d, reg, 4, 0xFFFFFFFF);
		mask = pci_cfg_read(d, reg, 4);
		pci_cfg_write(d, reg, 4, old);
		if (mask == 0 || mask == 0xFFFFFFFF)
			continue;
		b = &d->bar[d->nr_bars++];
		b->reg = reg;
		b->io = old & 1;
		if (b->io) {
			b->base = old & ~3u;
			b->size = (~(mask & ~3u) + 1) & 0xFFFF;
		} else {
			b->base = old & ~0xFu;
			b->size = ~(mask & ~0xFu) + 1;
			if ((old & 6) == 4)
				i++;	/* 64-bit: the next register is the top */
		}
	}
	pci_cfg_write(d, REG_COMMAND, 2, cmd);
}
