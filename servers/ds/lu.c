/*
 * lu.c - DS across a live update: the store and the subscriptions are
 * its state record.
 *
 * Each key goes with its slot (subscriptions remember, per slot, which
 * keys changed since their owner last looked), its owner and its value;
 * each subscription with its pattern, its subscriber and the slots it
 * has not been told of yet.  The new DS has the old one's endpoint, so
 * a subscriber hears of the next change as before.
 *
 * Entry points: ds_lu_save(), ds_lu_restore().
 */
#include <stdlib.h>
#include <string.h>
#include "ds.h"

#define DS_RECORD_V1	1

struct key_rec {			/* a key, then len bytes of value */
	uint32_t slot;
	char key[DS_MAX_KEYLEN];
	int type;
	char owner[DS_OWNER_LEN];
	bool labelled;			/* the owner is a service */
	endpoint_t owner_ep;
	uint32_t u32;
	endpoint_t ep;
	uint32_t len;
};

struct sub_rec {
	uint32_t slot;
	char owner[DS_OWNER_LEN];
	bool labelled;
	endpoint_t ep;
	char pattern[DS_MAX_KEYLEN];
	bool changed[NR_DS_KEYS];
};

static int save_keys(void)
{
	struct key_rec k;
	uint32_t i, n = 0;
	int r;

	for (i = 0; i < NR_DS_KEYS; i++)
		n += ds_store[i].in_use;
	if ((r = sef_lu_put(&n, sizeof(n))) != OK)
		return r;
	for (i = 0; i < NR_DS_KEYS; i++) {
		const struct data_store *e = &ds_store[i];
		if (!e->in_use)
			continue;
		memset(&k, 0, sizeof(k));
		k.slot = i;
		strcpy(k.key, e->key);
		k.type = e->type;
		strcpy(k.owner, e->owner);
		k.labelled = e->labelled;
		k.owner_ep = e->owner_ep;
		k.u32 = e->u32;
		k.ep = e->ep;
		k.len = e->data != NULL ? e->len : 0;
		if ((r = sef_lu_put(&k, sizeof(k))) != OK
		    || (k.len > 0 && (r = sef_lu_put(e->data, k.len)) != OK))
			return r;
	}
	return OK;
}

static int save_subs(void)
{
	struct sub_rec s;
	uint32_t i, n = 0;
	int r;

	for (i = 0; i < NR_DS_SUBS; i++)
		n += subs[i].in_use;
	if ((r = sef_lu_put(&n, sizeof(n))) != OK)
		return r;
	for (i = 0; i < NR_DS_SUBS; i++) {
		if (!subs[i].in_use)
			continue;
		memset(&s, 0, sizeof(s));
		s.slot = i;
		strcpy(s.owner, subs[i].owner);
		s.labelled = subs[i].labelled;
		s.ep = subs[i].ep;
		strcpy(s.pattern, subs[i].pattern);
		memcpy(s.changed, subs[i].changed, sizeof(s.changed));
		if ((r = sef_lu_put(&s, sizeof(s))) != OK)
			return r;
	}
	return OK;
}

int ds_lu_save(int state, uint32_t *version)
{
	int r;

	*version = DS_RECORD_V1;
	if ((r = save_keys()) != OK)
		return r;
	return save_subs();
}

/* One key into its slot; its value into memory of ours. */
static int restore_key(void)
{
	struct data_store *e;
	struct key_rec k;
	void *data = NULL;
	int r;

	if ((r = sef_lu_get(&k, sizeof(k))) != OK)
		return r;
	if (k.slot >= NR_DS_KEYS || k.len > DS_MAX_VALLEN)
		return -EINVAL;
	if (k.len > 0) {
		if ((data = malloc(k.len + 1)) == NULL)
			return -ENOMEM;
		if ((r = sef_lu_get(data, k.len)) != OK) {
			free(data);
			return r;
		}
		((char *) data)[k.len] = '\0';	/* a string always ends */
	}
	e = &ds_store[k.slot];
	memset(e, 0, sizeof(*e));
	e->in_use = true;
	memcpy(e->key, k.key, sizeof(e->key));
	e->key[DS_MAX_KEYLEN - 1] = '\0';
	e->type = k.type;
	memcpy(e->owner, k.owner, sizeof(e->owner));
	e->owner[DS_OWNER_LEN - 1] = '\0';
	e->labelled = k.labelled;
	e->owner_ep = k.owner_ep;
	e->u32 = k.u32;
	e->ep = k.ep;
	e->data = data;
	e->len = k.len;
	return OK;
}

static int restore_sub(void)
{
	struct subscription *sub;
	struct sub_rec s;
	int r;

	if ((r = sef_lu_get(&s, sizeof(s))) != OK)
		return r;
	if (s.slot >= NR_DS_SUBS)
		return -EINVAL;
	sub = &subs[s.slot];
	memset(sub, 0, sizeof(*sub));
	sub->in_use = true;
	memcpy(sub->owner, s.owner, sizeof(sub->owner));
	sub->owner[DS_OWNER_LEN - 1] = '\0';
	sub->labelled = s.labelled;
	sub->ep = s.ep;
	memcpy(sub->pattern, s.pattern, sizeof(sub->pattern));
	sub->pattern[DS_MAX_KEYLEN - 1] = '\0';
	memcpy(sub->changed, s.changed, sizeof(sub->changed));
	return OK;
}

int ds_lu_restore(uint32_t version, size_t len)
{
	uint32_t n, i;
	int r;

	if (version != DS_RECORD_V1)
		return -ENOTSUP;
	if ((r = sef_lu_get(&n, sizeof(n))) != OK)
		return r;
	for (i = 0; i < n; i++)
		if ((r = restore_key()) != OK)
			return r;
	if ((r = sef_lu_get(&n, sizeof(n))) != OK)
		return r;
	for (i = 0; i < n; i++)
		if ((r = restore_sub()) != OK)
			return r;
	return OK;
}
