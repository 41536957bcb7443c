/*
 * lu.c - the PCI bus driver across a live update: the devices it found
 * on the bus, who holds each (the reservations, which DS keeps too, for
 * a restart) and what RS said each client may use.  The new version
 * scans nothing: it goes on with the same tables, and every driver keeps
 * its device.
 *
 * Entry points: pci_lu_save(), pci_lu_restore().
 */
#include <string.h>
#include <minix/syslib.h>
#include <minix/sef.h>
#include "pci.h"

#define PCI_RECORD_V1	1

struct pci_record {
	int r_nr_devs;
	struct pci_dev r_devs[NR_PCI_DEVS];
	struct pci_clients r_clients;
};

int pci_lu_save(int state, uint32_t *version)
{
	static struct pci_record rec;

	*version = PCI_RECORD_V1;
	rec.r_nr_devs = nr_pci_devs;
	memcpy(rec.r_devs, pci_devs, sizeof(rec.r_devs));
	rec.r_clients = pci_clients;
	return sef_lu_put(&rec, sizeof(rec));
}

int pci_lu_restore(uint32_t version, size_t len)
{
	static struct pci_record rec;
	int r;

	if (version != PCI_RECORD_V1 || len != sizeof(rec))
		return -ENOTSUP;
	if ((r = sef_lu_get(&rec, sizeof(rec))) != OK)
		return r;
	if (rec.r_nr_devs < 0 || rec.r_nr_devs > NR_PCI_DEVS)
		return -EINVAL;
	nr_pci_devs = rec.r_nr_devs;
	memcpy(pci_devs, rec.r_devs, sizeof(pci_devs));
	pci_clients = rec.r_clients;
	return OK;
}
