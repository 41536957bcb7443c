/*
 * store.c - the keys: publish, retrieve, delete.
 *
 * A key belongs to the label of the process that first published it, so
 * that the next instance of a restarted service can overwrite it.
 * Labels themselves (label -> endpoint) are published by RS only.
 */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include "ds.h"

struct data_store ds_store[NR_DS_KEYS];

static bool key_ok(const char *key)
{
	size_t n = strnlen(key, DS_MAX_KEYLEN);

	return n > 0 && n < DS_MAX_KEYLEN;
}

struct data_store *ds_lookup(const char *key, int type)
{
	int i;

	for (i = 0; i < NR_DS_KEYS; i++)
		if (ds_store[i].in_use && strcmp(ds_store[i].key, key) == 0
		    && (type == 0 || ds_store[i].type == type))
			return &ds_store[i];
	return NULL;
}

/* The label under which ep runs; processes RS does not know (boot
 * processes before RS publishes them) are named by endpoint. */
int ds_owner_label(endpoint_t ep, char *label)
{
	int i;

	for (i = 0; i < NR_DS_KEYS; i++) {
		if (ds_store[i].in_use && ds_store[i].type == DSF_TYPE_LABEL
		    && ds_store[i].ep == ep) {
			strcpy(label, ds_store[i].key);
			return OK;
		}
	}
	snprintf(label, DS_OWNER_LEN, "#%d", ep);
	return OK;
}

static struct data_store *free_entry(void)
{
	int i;

	for (i = 0; i < NR_DS_KEYS; i++)
		if (!ds_store[i].in_use)
			return &ds_store[i];
	return NULL;
}

/* Fetch a STR or MEM value from the publisher's grant. */
static int fetch_value(message *m, void **data, size_t *len)
{
	uint32_t n = m->m_ds_publish.len;
	char *buf;
	int r;

	if (n == 0 || n > DS_MAX_VALLEN)
		return -EINVAL;
	if ((buf = malloc(n + 1)) == NULL)
		return -ENOMEM;
	r = sys_safecopyfrom(m->m_source, m->m_ds_publish.grant, 0, buf, n);
	if (r != OK) {
		free(buf);
		return r;
	}
	buf[n] = '\0';			/* a string always ends */
	*data = buf;
	*len = n;
	return OK;
}

int do_publish(message *m)
{
	struct m_ds_publish *p = &m->m_ds_publish;
	int type = p->flags & DSF_TYPE_MASK, r;
	char owner[DS_OWNER_LEN];
	struct data_store *e;
	void *data = NULL;
	size_t len = 0;

	p->key[DS_MAX_KEYLEN - 1] = '\0';
	if (!key_ok(p->key) || (type != DSF_TYPE_U32
	    && type != DSF_TYPE_STR && type != DSF_TYPE_MEM
	    && type != DSF_TYPE_LABEL))
		return -EINVAL;
	if (type == DSF_TYPE_LABEL && m->m_source != RS_PROC_EP)
		return -EPERM;
	ds_owner_label(m->m_source, owner);
	e = ds_lookup(p->key, 0);
	if (e != NULL && !(p->flags & DSF_OVERWRITE))
		return -EEXIST;
	if (e != NULL && strcmp(e->owner, owner) != 0
	    && m->m_source != RS_PROC_EP)
		return -EPERM;
	if ((type == DSF_TYPE_STR || type == DSF_TYPE_MEM)
	    && (r = fetch_value(m, &data, &len)) != OK)
		return r;
	if (e == NULL && (e = free_entry()) == NULL) {
		free(data);
		return -ENOSPC;
	}
	free(e->in_use ? e->data : NULL);
	memset(e, 0, sizeof(*e));
	e->in_use = true;
	strcpy(e->key, p->key);
	strcpy(e->owner, owner);
	e->owner_ep = m->m_source;
	e->type = type;
	e->u32 = type == DSF_TYPE_U32 ? p->u32 : 0;
	e->ep = type == DSF_TYPE_LABEL ? p->ep : NONE;
	e->data = data;
	e->len = len;
	ds_changed(e);
	return OK;
}

/* The answer overwrites the request: what it asks is read first. */
int do_retrieve(message *m)
{
	struct m_ds_retrieve q = m->m_ds_retrieve;
	struct m_ds_retrieve_reply *a = &m->m_ds_retrieve_reply;
	struct data_store *e;
	uint32_t n = 0;
	int r = OK;

	q.key[DS_MAX_KEYLEN - 1] = '\0';
	if ((e = ds_lookup(q.key, q.type & DSF_TYPE_MASK)) == NULL)
		return -ENOENT;
	if (e->type == DSF_TYPE_STR || e->type == DSF_TYPE_MEM) {
		n = e->len < q.len ? e->len : q.len;
		r = sys_safecopyto(m->m_source, q.grant, 0, e->data, n);
	}
	memset(a, 0, sizeof(*a));
	a->type = e->type;
	a->u32 = e->u32;
	a->ep = e->ep;
	a->len = n;
	a->owner = e->owner_ep;
	return r;
}

int do_delete(message *m)
{
	struct m_ds_delete *d = &m->m_ds_delete;
	char owner[DS_OWNER_LEN];
	struct data_store *e;

	d->key[DS_MAX_KEYLEN - 1] = '\0';
	if ((e = ds_lookup(d->key, d->type & DSF_TYPE_MASK)) == NULL)
		return -ENOENT;
	ds_owner_label(m->m_source, owner);
	if (strcmp(e->owner, owner) != 0 && m->m_source != RS_PROC_EP)
		return -EPERM;
	free(e->data);
	e->in_use = false;
	ds_changed(e);
	return OK;
}

int do_retrieve_label(message *m)
{
	endpoint_t ep = m->m_ds_retrieve_label.ep;
	int i;

	for (i = 0; i < NR_DS_KEYS; i++) {
		if (ds_store[i].in_use && ds_store[i].type == DSF_TYPE_LABEL
		    && ds_store[i].ep == ep) {
			memset(&m->m_ds_retrieve_label_reply, 0,
				sizeof(m->m_ds_retrieve_label_reply));
			strcpy(m->m_ds_retrieve_label_reply.label,
				ds_store[i].key);
			return OK;
		}
	}
	return -ENOENT;
}
