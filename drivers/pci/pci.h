/*
 * pci.h - the PCI bus driver's tables and the functions its files share.
 */
#ifndef PCI_H
#define PCI_H

#include <stdbool.h>
#include <minix/ipc.h>
#include <minix/msg/rs.h>

#define NR_PCI_DEVS	64
#define NR_BARS		6

struct pci_bar {
	uint16_t reg;			/* 0x10 + 4 * index */
	bool io;
	uint32_t base, size;
};

struct pci_dev {
	uint8_t bus, dev, func;
	uint16_t vid, did;
	uint32_t class_code;		/* class << 16 | subclass << 8 | progif */
	uint8_t irq;			/* interrupt line; 0xFF: none */
	bool bars_known;		/* bar[] sized (at the first reservation) */
	int nr_bars;
	struct pci_bar bar[NR_BARS];
	endpoint_t owner;		/* reserved by, or NONE */
};

extern struct pci_dev pci_devs[NR_PCI_DEVS];
extern int nr_pci_devs;

/* bus.c: configuration space and enumeration. */
uint32_t pci_cfg_read(const struct pci_dev *d, int reg, int size);
void pci_cfg_write(const struct pci_dev *d, int reg, int size, uint32_t v);
void pci_scan(void);
void pci_size_bars(struct pci_dev *d);

/* acl.c: which devices a driver may see, as RS says. */
#define NR_CLIENTS	16
struct pci_clients {
	struct pci_client {
		endpoint_t ep;
		struct rs_pci_acl acl;
	} pc_client[NR_CLIENTS];
	int pc_next;			/* the next to make room */
};
extern struct pci_clients pci_clients;
const struct rs_pci_acl *pci_acl_of(endpoint_t ep);
bool pci_visible(const struct rs_pci_acl *acl, const struct pci_dev *d);
bool pci_alive(endpoint_t ep);

/* lu.c: a live update hands the tables to the new version. */
int pci_lu_save(int state, uint32_t *version);
int pci_lu_restore(uint32_t version, size_t len);

#endif
