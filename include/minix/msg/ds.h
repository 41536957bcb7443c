/*
 * msg/ds.h - the data store's protocol.
 *
 * Keys are short strings carried in the message itself.  A value is a
 * 32-bit number, an endpoint (for labels), or a string or memory blob
 * that travels in a grant.  Only the key's owner (known by its label, so
 * a restarted service still owns its keys) may change or delete it.
 * Subscribers name a pattern (shell wildcards: * ? [..]); when a matching
 * key changes they get a notification and call DS_CHECK for each change.
 */
#ifndef _MINIX_MSG_DS_H
#define _MINIX_MSG_DS_H

#include <minix/types.h>

#define DS_MAX_KEYLEN	32		/* including the NUL */
#define DS_MAX_VALLEN	1024		/* strings and blobs */

#define DS_BASE		0x0400
#define DS_PUBLISH	(DS_BASE + 1)	/* m_ds_publish */
#define DS_RETRIEVE	(DS_BASE + 2)	/* m_ds_retrieve ->
					 * m_ds_retrieve_reply */
#define DS_DELETE	(DS_BASE + 3)	/* m_ds_delete */
#define DS_SUBSCRIBE	(DS_BASE + 4)	/* m_ds_subscribe */
#define DS_CHECK	(DS_BASE + 5)	/* no payload -> m_ds_check_reply */
#define DS_RETRIEVE_LABEL (DS_BASE + 6)	/* m_ds_retrieve_label ->
					 * m_ds_retrieve_label_reply */
#define DS_LAST		DS_RETRIEVE_LABEL

/* flags: the type of the value ... */
#define DSF_TYPE_U32	0x01
#define DSF_TYPE_STR	0x02
#define DSF_TYPE_MEM	0x04
#define DSF_TYPE_LABEL	0x08		/* label -> endpoint, published by RS */
#define DSF_TYPE_MASK	0x0F
/* ... and what to do. */
#define DSF_OVERWRITE	0x10		/* publish over an existing key */
#define DSF_INITIAL	0x20		/* subscribe: also report existing keys */

struct m_ds_publish {
	char key[DS_MAX_KEYLEN];
	uint32_t flags;			/* a DSF_TYPE_*, maybe DSF_OVERWRITE */
	uint32_t u32;			/* U32: the value */
	endpoint_t ep;			/* LABEL: the label's endpoint */
	cp_grant_id_t grant;		/* STR, MEM: the value */
	uint32_t len;			/* its bytes */
};

struct m_ds_retrieve {
	char key[DS_MAX_KEYLEN];
	uint32_t type;			/* DSF_TYPE_*; 0: any */
	cp_grant_id_t grant;		/* STR, MEM: room for the value */
	uint32_t len;			/* its bytes */
};
struct m_ds_retrieve_reply {
	uint32_t type;			/* the value's DSF_TYPE_* */
	uint32_t u32;			/* U32: the value */
	endpoint_t ep;			/* LABEL: the endpoint */
	uint32_t len;			/* STR, MEM: bytes copied */
	endpoint_t owner;		/* who published it */
};

struct m_ds_delete {
	char key[DS_MAX_KEYLEN];
	uint32_t type;			/* DSF_TYPE_*; 0: any */
};

struct m_ds_subscribe {
	char pattern[DS_MAX_KEYLEN];	/* keys, in shell wildcards */
	uint32_t flags;			/* DSF_INITIAL */
};

struct m_ds_check_reply {		/* a key that changed */
	char key[DS_MAX_KEYLEN];
	uint32_t type;			/* its DSF_TYPE_* */
	endpoint_t owner;		/* who published it; NONE: deleted */
};

struct m_ds_retrieve_label {
	endpoint_t ep;			/* whose label? */
};
struct m_ds_retrieve_label_reply {
	char label[DS_MAX_KEYLEN];
};

/* Driver-up events: drivers publish DS_DRIVER_UP under "drv.vfs.<label>"
 * (block and character drivers) or "drv.net.<label>" (network drivers)
 * when they start and after every restart. */
#define DS_DRIVER_UP	1
#define DS_DRV_VFS	"drv.vfs."
#define DS_DRV_NET	"drv.net."

/* This protocol's payloads, one X(struct name) each: ipc.h makes the
 * message union and a size check of every one from this list. */
#define MSG_PAYLOADS_DS(X) \
	X(m_ds_publish) \
	X(m_ds_retrieve) \
	X(m_ds_retrieve_reply) \
	X(m_ds_delete) \
	X(m_ds_subscribe) \
	X(m_ds_check_reply) \
	X(m_ds_retrieve_label) \
	X(m_ds_retrieve_label_reply)

#endif
