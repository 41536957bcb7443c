/*
 * msg/pci.h - the PCI bus driver's protocol: drivers -> pci (sendrec).
 *
 * pci enumerates the bus once at start.  A driver sees only the devices
 * its etc/system.conf entry names ("pci device VID:DID", "pci class
 * CC/SS"): pci asks RS for the entry of each endpoint it has not met.
 * A device must be reserved before its configuration space is read or
 * written; the reservation gives the driver the device's I/O ports,
 * memory and IRQ (through privctl), and ends with the driver: a
 * restarted instance reserves again.
 */
#ifndef _MINIX_MSG_PCI_H
#define _MINIX_MSG_PCI_H

#include <minix/types.h>

#define PCI_BASE	0x0D00
#define PCI_FIRST_DEV	(PCI_BASE + 1)	/* m_pci_dev -> first visible device */
#define PCI_NEXT_DEV	(PCI_BASE + 2)	/* m_pci_dev (devind) -> the next one */
#define PCI_FIND_DEV	(PCI_BASE + 3)	/* m_pci_dev (bus/dev/func) -> devind */
#define PCI_RESERVE	(PCI_BASE + 4)	/* m_pci_dev (devind) */
#define PCI_ATTR_R	(PCI_BASE + 5)	/* m_pci_attr -> value */
#define PCI_ATTR_W	(PCI_BASE + 6)	/* m_pci_attr */
#define PCI_GET_BAR	(PCI_BASE + 7)	/* m_pci_bar (devind, reg) -> base, size */

/* A device: its index in pci's table and what identifies it.  Replies
 * carry the result in m_type (OK or a negative errno). */
struct m_pci_dev {
	int devind;
	uint16_t vid, did;
	uint8_t bus, dev, func;
	uint8_t irq;			/* interrupt line, 0xFF: none */
	uint32_t class_code;		/* class << 16 | subclass << 8 | progif */
};

/* A configuration space access of 1, 2 or 4 bytes at reg. */
struct m_pci_attr {
	int devind;
	uint16_t reg;
	uint16_t size;
	uint32_t value;
};

/* A base address register (reg 0x10..0x24). */
struct m_pci_bar {
	int devind;
	uint16_t reg;
	uint16_t io;			/* 1: I/O ports, 0: memory */
	uint32_t base;
	uint32_t size;
};

/* This protocol's payloads, one X(struct name) each: ipc.h makes the
 * message union and a size check of every one from this list. */
#define MSG_PAYLOADS_PCI(X) \
	X(m_pci_dev) \
	X(m_pci_attr) \
	X(m_pci_bar)

#endif
