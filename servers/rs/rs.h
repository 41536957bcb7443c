/*
 * rs.h - the reincarnation server's own declarations.
 */
#ifndef _RS_RS_H
#define _RS_RS_H

#include <stdbool.h>
#include <minix/syslib.h>
#include <minix/sef.h>
#include <minix/ds.h>

#define NR_SERVICES	64
#define RS_INIT_TIMEOUT	(10 * HZ)	/* a service has this long to init */

struct rproc {
	bool r_in_use;
	char r_label[RS_LABEL_LEN];
	endpoint_t r_endpoint;
	int r_restarts;
	bool r_boot;			/* started by the kernel */
};

extern struct rproc rproc[NR_SERVICES];

/* boot.c */
void boot_services(void);

/* service.c */
struct rproc *rs_find_label(const char *label);
struct rproc *rs_find_endpoint(endpoint_t ep);
struct rproc *rs_new(const char *label, endpoint_t ep);
int rs_init_service(struct rproc *rp, int type);

/* signal.c */
void do_kernel_signals(void);

#endif
