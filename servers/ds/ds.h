/*
 * ds.h - the data store's own declarations.
 */
#ifndef _DS_DS_H
#define _DS_DS_H

#include <assert.h>
#include <stdbool.h>
#include <minix/syslib.h>
#include <minix/ds.h>
#include <minix/sef.h>

#define NR_DS_KEYS	256
#define NR_DS_SUBS	64

/* Room (policy.c): keys one service may hold, one ordinary process, all
 * ordinary processes together; subscriptions of one ordinary process,
 * and of all of them. */
#define DS_SERVICE_KEYS	64
#define DS_USER_KEYS	8
#define DS_USERS_KEYS	(NR_DS_KEYS / 4)
#define DS_USER_SUBS	4
#define DS_USERS_SUBS	(NR_DS_SUBS / 4)
#define DS_OWNER_LEN	DS_MAX_KEYLEN

struct data_store {
	bool in_use;
	char key[DS_MAX_KEYLEN];
	int type;			/* DSF_TYPE_* */
	char owner[DS_OWNER_LEN];	/* the publisher's label, or "#ep" */
	bool labelled;			/* the owner is a service */
	endpoint_t owner_ep;		/* its endpoint when it published */
	uint32_t u32;			/* U32: the value */
	endpoint_t ep;			/* LABEL: the label's endpoint */
	void *data;			/* STR and MEM values */
	size_t len;
};

struct subscription {
	bool in_use;
	char owner[DS_OWNER_LEN];	/* the subscriber's label, or "#ep" */
	bool labelled;			/* the owner is a service */
	endpoint_t ep;			/* where to send notifications */
	char pattern[DS_MAX_KEYLEN];
	bool changed[NR_DS_KEYS];	/* keys it has not checked yet */
};

/* store.c */
extern struct data_store ds_store[NR_DS_KEYS];
struct data_store *ds_lookup(const char *key, int type);
bool ds_owner_label(endpoint_t ep, char *label);
void ds_free_entry(struct data_store *e);
int do_publish(message *m);
int do_retrieve(message *m);
int do_delete(message *m);
int do_retrieve_label(message *m);

/* policy.c */
int ds_may_publish(endpoint_t ep, const char *owner, bool labelled,
	const char *key);
int ds_room_for(endpoint_t ep, const char *owner, bool labelled);
void ds_sweep_dead(void);

/* subscribe.c */
extern struct subscription subs[NR_DS_SUBS];
int do_subscribe(message *m);
int do_check(message *m);
void ds_changed(const struct data_store *entry);

/* lu.c: the store and the subscriptions, across a live update. */
int ds_lu_save(int state, uint32_t *version);
int ds_lu_restore(uint32_t version, size_t len);

#endif
