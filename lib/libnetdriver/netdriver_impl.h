/*
 * netdriver_impl.h - libnetdriver's private parts.  iovec.c, queue.c and
 * client.c are pure logic (no kernel calls), tested on the host
 * (test/unit/drivers).
 */
#ifndef _NETDRIVER_IMPL_H
#define _NETDRIVER_IMPL_H

#include <stdbool.h>
#include <minix/endpoint.h>
#include <minix/netdriver.h>

/* iovec.c: a client's I/O vector. */
typedef int (*ndev_iov_fn)(cp_grant_id_t grant, size_t grant_off,
	size_t buf_off, size_t len, void *ctx);
int ndev_iov_check(const struct iovec_s *iov, uint32_t count,
	size_t *total);
int ndev_iov_walk(const struct iovec_s *iov, uint32_t count, size_t off,
	size_t len, ndev_iov_fn fn, void *ctx);

/* queue.c: the requests that wait, first come first served. */
struct ndq_entry {
	endpoint_t nq_who;		/* to answer */
	uint32_t nq_id;
	struct netdriver_data nq_data;
};
#define NDQ_CAP	(NDEV_SEND_MAX > NDEV_RECV_MAX ? NDEV_SEND_MAX : NDEV_RECV_MAX)
struct ndq {
	int nq_head, nq_len, nq_max;
	struct ndq_entry nq_e[NDQ_CAP];
};
void ndq_init(struct ndq *q, int max);
bool ndq_push(struct ndq *q, const struct ndq_entry *e);
struct ndq_entry *ndq_first(struct ndq *q);
void ndq_pop(struct ndq *q);
int ndq_len(const struct ndq *q);

/* client.c: who may make requests. */
void nd_client_start(bool restarted);
int nd_client_check(endpoint_t who);
endpoint_t nd_client_set(endpoint_t who);
endpoint_t nd_client(void);

/* announce.c: SEF, the card's init, the announcement. */
void nd_startup(void);

/* netdriver.c */
extern const struct netdriver *nd_driver;
extern uint8_t nd_hwaddr[NDEV_HWADDR_LEN];

#endif
