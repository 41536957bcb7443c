/*
 * subscribe.c - subscriptions: who wants to hear about which keys.
 *
 * A subscription remembers, per key, whether the key changed since its
 * owner last looked.  A change sets the flags and sends one notification
 * (notifications coalesce); the subscriber then drains the changes with
 * DS_CHECK.  Subscriptions belong to labels, so a restarted subscriber
 * inherits its previous instance's (after subscribing again, it is told
 * only of changes since).
 */
#include <string.h>
#include <fnmatch.h>
#include "ds.h"

static struct subscription subs[NR_DS_SUBS];

static struct subscription *find_sub(const char *owner, const char *pattern)
{
	int i;

	for (i = 0; i < NR_DS_SUBS; i++)
		if (subs[i].in_use && strcmp(subs[i].owner, owner) == 0
		    && strcmp(subs[i].pattern, pattern) == 0)
			return &subs[i];
	return NULL;
}

int do_subscribe(message *m)
{
	struct m_ds_subscribe *a = &m->m_ds_subscribe;
	char owner[DS_OWNER_LEN];
	struct subscription *s;
	int i;

	a->pattern[DS_MAX_KEYLEN - 1] = '\0';
	if (a->pattern[0] == '\0')
		return -EINVAL;
	ds_owner_label(m->m_source, owner);
	if ((s = find_sub(owner, a->pattern)) == NULL) {
		for (i = 0; i < NR_DS_SUBS && subs[i].in_use; i++)
			;
		if (i == NR_DS_SUBS)
			return -ENOSPC;
		s = &subs[i];
		memset(s, 0, sizeof(*s));
		s->in_use = true;
		strcpy(s->owner, owner);
		strcpy(s->pattern, a->pattern);
	}
	s->ep = m->m_source;
	memset(s->changed, 0, sizeof(s->changed));
	if (!(a->flags & DSF_INITIAL))
		return OK;
	for (i = 0; i < NR_DS_KEYS; i++)
		if (ds_store[i].in_use
		    && fnmatch(s->pattern, ds_store[i].key, 0) == 0)
			s->changed[i] = true;
	(void) ipc_notify(s->ep);
	return OK;
}

/* entry changed (published, overwritten or deleted): tell subscribers. */
void ds_changed(const struct data_store *entry)
{
	int i, idx = entry - ds_store;

	assert(idx >= 0 && idx < NR_DS_KEYS);
	for (i = 0; i < NR_DS_SUBS; i++) {
		if (!subs[i].in_use || fnmatch(subs[i].pattern, entry->key, 0))
			continue;
		subs[i].changed[idx] = true;
		(void) ipc_notify(subs[i].ep);
	}
}

int do_check(message *m)
{
	char owner[DS_OWNER_LEN];
	int i, k;

	ds_owner_label(m->m_source, owner);
	for (i = 0; i < NR_DS_SUBS; i++) {
		/* Ours by endpoint, or by label (a subscriber that subscribed
		 * before RS had published its label has its endpoint). */
		if (!subs[i].in_use || (subs[i].ep != m->m_source
		    && strcmp(subs[i].owner, owner) != 0))
			continue;
		for (k = 0; k < NR_DS_KEYS; k++) {
			if (!subs[i].changed[k])
				continue;
			subs[i].changed[k] = false;
			memset(&m->m_ds_check_reply, 0,
				sizeof(m->m_ds_check_reply));
			strcpy(m->m_ds_check_reply.key, ds_store[k].key);
			m->m_ds_check_reply.type = ds_store[k].type;
			m->m_ds_check_reply.owner = ds_store[k].in_use
				? ds_store[k].owner_ep : NONE;
			return OK;
		}
	}
	return -ENOENT;
}
