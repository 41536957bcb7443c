/*
 * pci.c - a driver's side of the PCI bus driver's protocol (msg/pci.h).
 *
 * Each call answers OK or a negative errno: -EPERM for a device the
 * driver's system.conf entry does not name, -ENODEV past the last
 * device, -EBUSY for a device another driver has reserved.
 */
#include <string.h>
#include <minix/syslib.h>
#include <minix/ds.h>
#include <minix/pci.h>

static endpoint_t pci_ep = NONE;

/* One request; the bus driver is found through DS, again if it has
 * been restarted since. */
static int pci_call(int type, message *m)
{
	int r, tries;

	for (tries = 0; tries < 2; tries++) {
		if (pci_ep == NONE &&
		    (r = ds_retrieve_label_endpt("pci", &pci_ep)) != OK)
			return r;
		m->m_type = type;
		if ((r = ipc_sendrec(pci_ep, m)) == OK)
			return m->m_type;
		if (r != -EDEADSRCDST)
			return r;
		pci_ep = NONE;
	}
	return r;
}

static void fill_info(const struct m_pci_dev *d, struct pci_info *info)
{
	info->devind = d->devind;
	info->vid = d->vid;
	info->did = d->did;
	info->bus = d->bus;
	info->dev = d->dev;
	info->func = d->func;
	info->irq = d->irq == 0xFF ? -1 : d->irq;
	info->class_code = d->class_code;
}

static int next(int type, int after, struct pci_info *info)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	m.m_pci_dev.devind = after;
	if ((r = pci_call(type, &m)) == OK)
		fill_info(&m.m_pci_dev, info);
	return r;
}

int pci_first_dev(struct pci_info *info)
{
	return next(PCI_FIRST_DEV, -1, info);
}

int pci_next_dev(int devind, struct pci_info *info)
{
	return next(PCI_NEXT_DEV, devind, info);
}

int pci_find_dev(int bus, int dev, int func, struct pci_info *info)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	m.m_pci_dev.bus = bus;
	m.m_pci_dev.dev = dev;
	m.m_pci_dev.func = func;
	if ((r = pci_call(PCI_FIND_DEV, &m)) == OK)
		fill_info(&m.m_pci_dev, info);
	return r;
}

int pci_reserve(int devind)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_pci_dev.devind = devind;
	return pci_call(PCI_RESERVE, &m);
}

int pci_attr_read(int devind, int reg, int size, uint32_t *value)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	m.m_pci_attr.devind = devind;
	m.m_pci_attr.reg = reg;
	m.m_pci_attr.size = size;
	if ((r = pci_call(PCI_ATTR_R, &m)) == OK)
		*value = m.m_pci_attr.value;
	return r;
}

int pci_attr_write(int devind, int reg, int size, uint32_t value)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_pci_attr.devind = devind;
	m.m_pci_attr.reg = reg;
	m.m_pci_attr.size = size;
	m.m_pci_attr.value = value;
	return pci_call(PCI_ATTR_W, &m);
}

int pci_get_bar(int devind, int reg, uint32_t *base, uint32_t *size,
	int *io)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	m.m_pci_bar.devind = devind;
	m.m_pci_bar.reg = reg;
	if ((r = pci_call(PCI_GET_BAR, &m)) != OK)
		return r;
	*base = m.m_pci_bar.base;
	*size = m.m_pci_bar.size;
	*io = m.m_pci_bar.io;
	return OK;
}
