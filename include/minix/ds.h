/*
 * ds.h - the data store, as a library (lib/libsys/ds.c).
 *
 * Each call returns OK or a negated error: ENOENT (no such key), EEXIST
 * (publish without DSF_OVERWRITE), EPERM (not the owner), EINVAL.
 */
#ifndef _MINIX_DS_H
#define _MINIX_DS_H

#include <minix/types.h>
#include <minix/msg/ds.h>

int ds_publish_u32(const char *key, uint32_t value, int flags);
int ds_retrieve_u32(const char *key, uint32_t *value);
int ds_publish_mem(const char *key, const void *data, size_t len, int flags);
int ds_retrieve_mem(const char *key, void *data, size_t *len);
int ds_delete(const char *key, int type);

/* Labels (published by RS): label -> endpoint. */
int ds_publish_label(const char *label, endpoint_t ep, int flags);
int ds_retrieve_label_endpt(const char *label, endpoint_t *ep);

/* Subscriptions: a notification from DS means "call ds_check until it
 * says ENOENT". */
int ds_subscribe(const char *pattern, int flags);
int ds_check(char *key, int *type, endpoint_t *owner);

#endif
