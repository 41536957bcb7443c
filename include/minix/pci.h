/*
 * minix/pci.h - libsys's calls to the PCI bus driver (lib/libsys/pci.c;
 * the protocol is msg/pci.h).  Each answers OK or a negative errno.
 */
#ifndef _MINIX_PCI_H
#define _MINIX_PCI_H

#include <minix/types.h>

struct pci_info {
	int devind;			/* pci's index: names it in other calls */
	uint16_t vid, did;
	int bus, dev, func;
	int irq;			/* interrupt line, or -1 */
	uint32_t class_code;		/* class << 16 | subclass << 8 | progif */
};

int pci_first_dev(struct pci_info *info);
int pci_next_dev(int devind, struct pci_info *info);
int pci_find_dev(int bus, int dev, int func, struct pci_info *info);
int pci_reserve(int devind);
int pci_attr_read(int devind, int reg, int size, uint32_t *value);
int pci_attr_write(int devind, int reg, int size, uint32_t value);
int pci_get_bar(int devind, int reg, uint32_t *base, uint32_t *size,
	int *io);

#endif
