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
		    && (endpoint_t) ds_store[i].value == ep) {
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
	uint32_t n = m->m_ds_req.len;
	char *buf;
	int r;

	if (n == 0 || n > DS_MAX_VALLEN)
		return -EINVAL;
	if ((buf = malloc(n + 1)) == NULL)
		return -ENOMEM;
	r = sys_safecopyfrom(m->m_source, m->m_ds_req.grant, 0, buf, n);
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
	int type = m->m_ds_req.flags & DSF_TYPE_MASK, r;
	char owner[DS_OWNER_LEN];
	struct data_store *e;
	void *data = NULL;
	size_t len = 0;

	m->m_ds_req.key[DS_MAX_KEYLEN - 1] = '\0';
	if (!key_ok(m->m_ds_req.key) || (type != DSF_TYPE_U32
	    && type != DSF_TYPE_STR && type != DSF_TYPE_MEM
	    && type != DSF_TYPE_LABEL))
		return -EINVAL;
	if (type == DSF_TYPE_LABEL && m->m_source != RS_PROC_EP)
		return -EPERM;
	ds_owner_label(m->m_source, owner);
	e = ds_lookup(m->m_ds_req.key, 0);
	if (e != NULL && !(m->m_ds_req.flags & DSF_OVERWRITE))
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
	strcpy(e->key, m->m_ds_req.key);
	strcpy(e->owner, owner);
	e->owner_ep = m->m_source;
	e->type = type;
	e->value = m->m_ds_req.value;
	e->data = data;
	e->len = len;
	ds_changed(e);
	return OK;
}

int do_retrieve(message *m)
{
	int type = m->m_ds_req.flags & DSF_TYPE_MASK;
	struct data_store *e;
	uint32_t n;
	int r;

	m->m_ds_req.key[DS_MAX_KEYLEN - 1] = '\0';
	if ((e = ds_lookup(m->m_ds_req.key, type)) == NULL)
		return -ENOENT;
	m->m_ds_req.flags = e->type;
	m->m_ds_req.value = e->value;
	m->m_ds_req.owner = e->owner_ep;
	if (e->type != DSF_TYPE_STR && e->type != DSF_TYPE_MEM)
		return OK;
	n = e->len < m->m_ds_req.len ? e->len : m->m_ds_req.len;
	r = sys_safecopyto(m->m_source, m->m_ds_req.grant, 0, e->data, n);
	m->m_ds_req.len = n;
	return r;
}

int do_delete(message *m)
{
	int type = m->m_ds_req.flags & DSF_TYPE_MASK;
	char owner[DS_OWNER_LEN];
	struct data_store *e;

	m->m_ds_req.key[DS_MAX_KEYLEN - 1] = '\0';
	if ((e = ds_lookup(m->m_ds_req.key, type)) == NULL)
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
	int i;

	for (i = 0; i < NR_DS_KEYS; i++) {
		if (ds_store[i].in_use && ds_store[i].type == DSF_TYPE_LABEL
		    && ds_store[i].value == m->m_ds_req.value) {
			strcpy(m->m_ds_req.key, ds_store[i].key);
			return OK;
		}
	}
	return -ENOENT;
}
