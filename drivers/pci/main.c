/*
 * main.c - the PCI bus driver: scans the bus at start, then answers
 * drivers' requests (msg/pci.h).  A driver sees only the devices its
 * system.conf entry names; it must reserve a device before it writes
 * the device's configuration space, and the reservation is what gives
 * it the device's ports, memory and IRQ.
 */
#include <stdio.h>
#include <string.h>
#include <minix/syslib.h>
#include <minix/sef.h>
#include <minix/com.h>
#include <minix/ds.h>
#include "pci.h"

/* Reservations are kept in DS too, so that a restarted pci still knows
 * which driver holds which device. */
static void owner_key(const struct pci_dev *d, char *key, size_t size)
{
	snprintf(key, size, "pci.owner.%02x:%02x.%x", d->bus, d->dev, d->func);
}

static void remember_owner(const struct pci_dev *d)
{
	char key[DS_MAX_KEYLEN];

	owner_key(d, key, sizeof(key));
	(void) ds_publish_u32(key, (uint32_t) d->owner, DSF_OVERWRITE);
}

static void recall_owners(void)
{
	char key[DS_MAX_KEYLEN];
	uint32_t ep;
	int i;

	for (i = 0; i < nr_pci_devs; i++) {
		owner_key(&pci_devs[i], key, sizeof(key));
		if (ds_retrieve_u32(key, &ep) == OK)
			pci_devs[i].owner = (endpoint_t) ep;
	}
}

/* The device devind, if the caller may see it. */
static struct pci_dev *lookup(const message *m, int devind, int *err)
{
	const struct rs_pci_acl *acl = pci_acl_of(m->m_source);

	if (devind < 0 || devind >= nr_pci_devs) {
		*err = -EINVAL;
		return NULL;
	}
	if (acl == NULL || !pci_visible(acl, &pci_devs[devind])) {
		*err = -EPERM;
		return NULL;
	}
	return &pci_devs[devind];
}

static void describe(message *m, int devind)
{
	const struct pci_dev *d = &pci_devs[devind];

	memset(&m->m_pci_dev, 0, sizeof(m->m_pci_dev));
	m->m_pci_dev.devind = devind;
	m->m_pci_dev.vid = d->vid;
	m->m_pci_dev.did = d->did;
	m->m_pci_dev.bus = d->bus;
	m->m_pci_dev.dev = d->dev;
	m->m_pci_dev.func = d->func;
	m->m_pci_dev.irq = d->irq;
	m->m_pci_dev.class_code = d->class_code;
}

/* FIRST_DEV and NEXT_DEV: the next device after devind the caller may
 * see; -ENODEV past the last. */
static int do_next(message *m, int after)
{
	const struct rs_pci_acl *acl = pci_acl_of(m->m_source);
	int i;

	if (acl == NULL)
		return -EPERM;
	if (after < -1)
		return -EINVAL;
	for (i = after + 1; i < nr_pci_devs; i++) {
		if (pci_visible(acl, &pci_devs[i])) {
			describe(m, i);
			return OK;
		}
	}
	return -ENODEV;
}

static int do_find(message *m)
{
	int i, err;

	for (i = 0; i < nr_pci_devs; i++) {
		const struct pci_dev *d = &pci_devs[i];
		if (d->bus != m->m_pci_dev.bus || d->dev != m->m_pci_dev.dev
		    || d->func != m->m_pci_dev.func)
			continue;
		if (lookup(m, i, &err) == NULL)
			return err;
		describe(m, i);
		return OK;
	}
	return -ENODEV;
}

/* The device's resources become the caller's. */
static int grant_resources(struct pci_dev *d, endpoint_t ep)
{
	struct io_range io;
	struct mem_range mem;
	int i, irq, r;

	pci_size_bars(d);
	for (i = 0; i < d->nr_bars; i++) {
		const struct pci_bar *b = &d->bar[i];
		if (b->size == 0 || b->base == 0)
			continue;		/* not assigned by the firmware */
		if (b->io) {
			io.ior_base = b->base;
			io.ior_limit = b->base + b->size - 1;
			r = sys_privctl(ep, SYS_PRIV_ADD_IO, &io);
		} else {
			mem.mr_base = b->base;
			mem.mr_limit = b->base + b->size - 1;
			r = sys_privctl(ep, SYS_PRIV_ADD_MEM, &mem);
		}
		if (r != OK)
			return r;
	}
	irq = d->irq;
	if (irq != 0xFF && (r = sys_privctl(ep, SYS_PRIV_ADD_IRQ, &irq)) != OK)
		return r;
	return OK;
}

static int do_reserve(message *m)
{
	struct pci_dev *d;
	int r, err;

	if ((d = lookup(m, m->m_pci_dev.devind, &err)) == NULL)
		return err;
	if (d->owner == m->m_source)
		return OK;
	if (d->owner != NONE && pci_alive(d->owner))
		return -EBUSY;
	if ((r = grant_resources(d, m->m_source)) != OK)
		return r;
	d->owner = m->m_source;
	remember_owner(d);
	return OK;
}

static int check_attr(const struct m_pci_attr *a)
{
	if (a->size != 1 && a->size != 2 && a->size != 4)
		return -EINVAL;
	if (a->reg >= 256 || a->reg % a->size != 0)
		return -EINVAL;
	return OK;
}

static int do_attr(message *m, bool write)
{
	struct m_pci_attr *a = &m->m_pci_attr;
	struct pci_dev *d;
	int err;

	if ((d = lookup(m, a->devind, &err)) == NULL)
		return err;
	if ((err = check_attr(a)) != OK)
		return err;
	if (write && d->owner != m->m_source)
		return -EPERM;		/* reserve it first */
	if (write)
		pci_cfg_write(d, a->reg, a->size, a->value);
	else
		a->value = pci_cfg_read(d, a->reg, a->size);
	return OK;
}

static int do_get_bar(message *m)
{
	struct m_pci_bar *q = &m->m_pci_bar;
	struct pci_dev *d;
	int i, err;

	if ((d = lookup(m, q->devind, &err)) == NULL)
		return err;
	if (d->owner != m->m_source)
		return -EPERM;
	if (q->reg < 0x10 || q->reg > 0x24 || q->reg % 4 != 0)
		return -EINVAL;
	for (i = 0; i < d->nr_bars; i++) {
		if (d->bar[i].reg == q->reg) {
			q->io = d->bar[i].io;
			q->base = d->bar[i].base;
			q->size = d->bar[i].size;
			return OK;
		}
	}
	return -ENOENT;
}

static int dispatch(message *m)
{
	switch (m->m_type) {
	case PCI_FIRST_DEV:	return do_next(m, -1);
	case PCI_NEXT_DEV:	return do_next(m, m->m_pci_dev.devind);
	case PCI_FIND_DEV:	return do_find(m);
	case PCI_RESERVE:	return do_reserve(m);
	case PCI_ATTR_R:	return do_attr(m, false);
	case PCI_ATTR_W:	return do_attr(m, true);
	case PCI_GET_BAR:	return do_get_bar(m);
	default:		return -ENOSYS;
	}
}

/* A live update's new version has the tables already (lu.c). */
static int init(int type, sef_init_info_t *info)
{
	if (type == SEF_INIT_LU)
		return OK;
	pci_scan();
	recall_owners();
	return OK;
}

int main(void)
{
	message m;
	int r;

	sef_setcb_init_fresh(init);
	sef_setcb_lu_state_save(pci_lu_save);
	sef_setcb_lu_state_restore(pci_lu_restore);
	sef_startup();
	r = sef_receive(ANY, &m);
	for (;;) {
		if (r != OK || is_notify(m.m_type)) {
			r = sef_receive(ANY, &m);
			continue;
		}
		m.m_type = dispatch(&m);
		/* The answer, and the next request, in one call. */
		r = sef_reply_receive(m.m_source, &m, ANY, NULL);
	}
}
