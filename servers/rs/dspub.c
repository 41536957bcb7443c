/*
 * dspub.c - what RS tells DS about services: a label's endpoint, and
 * that a label and its driver-up event are gone.
 *
 * RS waits for DS (ds_* are sendrecs), so while DS itself is being
 * updated - stopped in its own wait for RS - these must not go out: RS
 * would wait for a DS that waits for RS.  They are held back, the last
 * word per label kept, and told once the update is over
 * (rs_ds_flush(), whatever its outcome).
 *
 * Entry points: rs_publish_label(), rs_withdraw_label(), rs_ds_flush().
 */
#include <stdio.h>
#include <string.h>
#include "rs.h"

static struct held {
	bool used;
	char label[RS_LABEL_LEN];
	endpoint_t ep;			/* NONE: withdraw the label */
} held[NR_SERVICES];

static int publish(const char *label, endpoint_t ep)
{
	int r;

	if ((r = ds_publish_label(label, ep, DSF_OVERWRITE)) != OK)
		printf("rs: cannot publish %s in DS: %s\n", label,
			strerror(-r));
	return r;
}

/* The label and its driver-up event (a device driver's or a network
 * driver's) leave DS, so that what waits for it fails. */
static void withdraw(const char *label)
{
	static const char *const events[] = { DS_DRV_VFS, DS_DRV_NET };
	char key[DS_MAX_KEYLEN];
	size_t i;

	(void) ds_delete(label, DSF_TYPE_LABEL);
	for (i = 0; i < sizeof(events) / sizeof(events[0]); i++) {
		snprintf(key, sizeof(key), "%s%s", events[i], label);
		(void) ds_delete(key, DSF_TYPE_U32);
	}
}

/* Keep the latest word about label for later; false if there is no
 * room (then it goes out now, and may fail). */
static bool hold(const char *label, endpoint_t ep)
{
	struct held *free_one = NULL;
	int i;

	for (i = 0; i < NR_SERVICES; i++) {
		if (held[i].used && strcmp(held[i].label, label) == 0) {
			held[i].ep = ep;
			return true;
		}
		if (!held[i].used && free_one == NULL)
			free_one = &held[i];
	}
	if (free_one == NULL)
		return false;
	free_one->used = true;
	strcpy(free_one->label, label);
	free_one->ep = ep;
	return true;
}

/* OK, or why DS refused (a word held for later is OK). */
int rs_publish_label(const char *label, endpoint_t ep)
{
	if (rs_lu_holds_ds() && hold(label, ep))
		return OK;
	return publish(label, ep);
}

void rs_withdraw_label(const char *label)
{
	if (!rs_lu_holds_ds() || !hold(label, NONE))
		withdraw(label);
}

/* DS is not being updated (any more): what was held goes out. */
void rs_ds_flush(void)
{
	int i;

	for (i = 0; i < NR_SERVICES; i++) {
		if (!held[i].used)
			continue;
		held[i].used = false;
		if (held[i].ep == NONE)
			withdraw(held[i].label);
		else
			(void) publish(held[i].label, held[i].ep);
	}
}
