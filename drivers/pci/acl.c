/*
 * acl.c - which devices a driver may use.
 *
 * RS holds each service's etc/system.conf entry; pci asks it about an
 * endpoint the first time that endpoint calls, and keeps the answer.
 * An endpoint names one instance only (a restarted driver gets a new
 * one), so an answer never goes stale while its endpoint is in use.
 */
#include <minix/com.h>
#include <minix/rs.h>
#include "pci.h"

#define NR_CLIENTS	16

static struct client {
	endpoint_t ep;
	struct rs_pci_acl acl;
} clients[NR_CLIENTS];
static int next_victim;

/* The rights of ep, or NULL if it is no service (or RS will not say). */
const struct rs_pci_acl *pci_acl_of(endpoint_t ep)
{
	struct client *c;
	int i;

	for (i = 0; i < NR_CLIENTS; i++)
		if (clients[i].ep == ep && ep != NONE)
			return &clients[i].acl;
	c = &clients[next_victim];
	next_victim = (next_victim + 1) % NR_CLIENTS;
	c->ep = NONE;
	if (rs_pci_acl(ep, &c->acl) != OK)
		return NULL;
	c->acl.label[RS_LABEL_LEN - 1] = '\0';
	c->ep = ep;
	return &c->acl;
}

bool pci_visible(const struct rs_pci_acl *acl, const struct pci_dev *d)
{
	int i;

	for (i = 0; i < acl->nr_id && i < RS_MAX_PCI; i++)
		if (acl->id[i].vid == d->vid && acl->id[i].did == d->did)
			return true;
	for (i = 0; i < acl->nr_class && i < RS_MAX_PCI; i++)
		if ((d->class_code & acl->class[i].mask) == acl->class[i].code)
			return true;
	return false;
}

/* Is ep still a running service?  (A reservation outlives nothing.) */
bool pci_alive(endpoint_t ep)
{
	struct rs_pci_acl acl;

	return rs_pci_acl(ep, &acl) == OK;
}
