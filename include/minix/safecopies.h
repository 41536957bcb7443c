/*
 * safecopies.h - memory grants.
 *
 * A process declares a table of grants in its own memory (sys_setgrant).
 * Each grant lets one named peer read and/or write one range of the
 * owner's memory; the kernel checks every safecopy against the owner's
 * table, so a driver never needs, or sees, a raw address of its client.
 */
#ifndef _MINIX_SAFECOPIES_H
#define _MINIX_SAFECOPIES_H

#include <minix/types.h>

#define CPF_READ	0x001	/* the grantee may read the range */
#define CPF_WRITE	0x002	/* the grantee may write it */
#define CPF_ACCMASK	0x003
#define CPF_USED	0x100	/* the slot holds a grant */
#define CPF_DIRECT	0x200	/* a range of the owner's memory */
#define CPF_INDIRECT	0x400	/* a part of a grant the owner received */
#define CPF_VALID	0x800	/* the grant may be used */
#define CPF_MAGIC	0x1000	/* a range of another process's memory
				 * (only for PRIV_MAGIC processes: VFS) */

#define GRANT_INVALID	((cp_grant_id_t) -1)
#define GRANT_VALID(g)	((g) >= 0)
#define GRANT_MAX_DEPTH	4	/* indirect grants followed at most */

typedef struct {
	uint32_t cp_flags;
	endpoint_t cp_who_to;		/* grantee, or ANY */
	union {
		struct {
			vir_bytes cp_start;	/* in the owner's space */
			vir_bytes cp_len;
		} cp_direct;
		struct {
			endpoint_t cp_who_from;	/* owner of the grant below */
			cp_grant_id_t cp_grant;
			vir_bytes cp_start;	/* offset within it */
			vir_bytes cp_len;
		} cp_indirect;
		struct {
			endpoint_t cp_who_from;	/* whose memory */
			vir_bytes cp_start;
			vir_bytes cp_len;
		} cp_magic;
	} cp_u;
} cp_grant_t;

/* One piece of a gather/scatter vector: a grant and how many bytes of it
 * to use.  Block requests (BDEV_GATHER, BDEV_SCATTER) and network frames
 * (NDEV_SEND, NDEV_RECV) pass a grant of an array of them. */
struct iovec_s {
	cp_grant_id_t iov_grant;
	uint32_t iov_size;
};

#endif
