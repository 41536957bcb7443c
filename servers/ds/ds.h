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
#define DS_OWNER_LEN	DS_MAX_KEYLEN

struct data_store {
	bool in_use;
	char key[DS_MAX_KEYLEN];
	int type;			/* DSF_TYPE_* */
	char owner[DS_OWNER_LEN];	/* the publisher's label */
	endpoint_t owner_ep;		/* its endpoint when it published */
	uint32_t u32;			/* U32: the value */
	endpoint_t ep;			/* LABEL: the label's endpoint */
	void *data;			/* STR and MEM values */
	size_t len;
};

struct subscription {
	bool in_use;
	char owner[DS_OWNER_LEN];	/* the subscriber's label */
	endpoint_t ep;			/* where to send notifications */
	char pattern[DS_MAX_KEYLEN];
	bool changed[NR_DS_KEYS];	/* keys it has not checked yet */
};

/* store.c */
extern struct data_store ds_store[NR_DS_KEYS];
struct data_store *ds_lookup(const char *key, int type);
int ds_owner_label(endpoint_t ep, char *label);
int do_publish(message *m);
int do_retrieve(message *m);
int do_delete(message *m);
int do_retrieve_label(message *m);

/* subscribe.c */
int do_subscribe(message *m);
int do_check(message *m);
void ds_changed(const struct data_store *entry);

#endif
