/*
 * test_netdriver.c - host tests of libnetdriver's pure parts: the I/O
 * vector's bounds and how a run of bytes is cut into its pieces
 * (iovec.c), the queue of waiting requests and its ring arithmetic
 * (queue.c), and who may make requests (client.c).  One case per
 * check, named after what it checks.
 */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include "netdriver_impl.h"

static int passed, failed;

#define CHECK(name, c) do { \
	if (c) { passed++; printf("ok %s\n", name); } \
	else { failed++; printf("FAIL %s: %s\n", name, #c); } \
} while (0)

/* --- iovec.c ------------------------------------------------------------ */

struct part { cp_grant_id_t g; size_t goff, boff, len; };
static struct part parts[32];
static int nparts, fail_at = -1;

static int record(cp_grant_id_t g, size_t goff, size_t boff, size_t len,
	void *ctx)
{
	if (nparts == fail_at)
		return -EPERM;
	parts[nparts++] = (struct part) { g, goff, boff, len };
	return OK;
}

static int walk(const struct iovec_s *iov, uint32_t n, size_t off,
	size_t len)
{
	nparts = 0;
	return ndev_iov_walk(iov, n, off, len, record, NULL);
}

static bool part_is(int i, cp_grant_id_t g, size_t goff, size_t boff,
	size_t len)
{
	return parts[i].g == g && parts[i].goff == goff
		&& parts[i].boff == boff && parts[i].len == len;
}

static void vector_bounds(void)
{
	struct iovec_s iov[NDEV_IOV_MAX + 1];
	size_t total = 0;
	int i;

	for (i = 0; i <= NDEV_IOV_MAX; i++)
		iov[i] = (struct iovec_s) { 100 + i, 10 };
	CHECK("a_vector_of_no_pieces_is_refused",
	    ndev_iov_check(iov, 0, &total) == -EINVAL);
	CHECK("a_vector_of_too_many_pieces_is_refused",
	    ndev_iov_check(iov, NDEV_IOV_MAX + 1, &total) == -EINVAL);
	CHECK("a_vector_of_the_most_pieces_is_taken",
	    ndev_iov_check(iov, NDEV_IOV_MAX, &total) == OK
	    && total == 10 * NDEV_IOV_MAX);
	for (i = 0; i < NDEV_IOV_MAX; i++)
		iov[i].iov_size = 0xFFFFFFFFu;
	CHECK("sizes_whose_sum_overflows_are_refused",
	    ndev_iov_check(iov, NDEV_IOV_MAX, &total) == -EINVAL);
	iov[0].iov_size = 0x7FFFFFFFu;
	CHECK("one_huge_piece_is_taken",
	    ndev_iov_check(iov, 1, &total) == OK && total == 0x7FFFFFFFu);
}

static void walking(void)
{
	struct iovec_s iov[] = { { 1, 3 }, { 2, 0 }, { 3, 10 }, { 4, 5 } };

	CHECK("a_whole_frame_is_cut_at_each_piece",
	    walk(iov, 4, 0, 18) == OK && nparts == 3
	    && part_is(0, 1, 0, 0, 3) && part_is(1, 3, 0, 3, 10)
	    && part_is(2, 4, 0, 13, 5));
	CHECK("an_empty_piece_is_skipped",
	    walk(iov, 4, 3, 2) == OK && nparts == 1 && part_is(0, 3, 0, 0, 2));
	CHECK("a_run_inside_one_piece_is_one_part",
	    walk(iov, 4, 5, 6) == OK && nparts == 1 && part_is(0, 3, 2, 0, 6));
	CHECK("a_run_across_pieces_starts_inside_the_first",
	    walk(iov, 4, 2, 13) == OK && nparts == 3
	    && part_is(0, 1, 2, 0, 1) && part_is(1, 3, 0, 1, 10)
	    && part_is(2, 4, 0, 11, 2));
	CHECK("a_run_ending_on_the_last_byte_is_taken",
	    walk(iov, 4, 17, 1) == OK && nparts == 1 && part_is(0, 4, 4, 0, 1));
	CHECK("a_run_past_the_end_is_refused",
	    walk(iov, 4, 10, 9) == -EINVAL);
	CHECK("a_run_starting_past_the_end_is_refused",
	    walk(iov, 4, 18, 1) == -EINVAL && nparts == 0);
	CHECK("an_empty_run_copies_nothing",
	    walk(iov, 4, 0, 0) == OK && nparts == 0);
	fail_at = 1;
	CHECK("a_copy_that_fails_stops_the_walk",
	    walk(iov, 4, 0, 18) == -EPERM && nparts == 1);
	fail_at = -1;
}

/* --- queue.c ------------------------------------------------------------ */

static struct ndq_entry entry(uint32_t id)
{
	struct ndq_entry e;

	memset(&e, 0, sizeof(e));
	e.nq_id = id;
	return e;
}

static void queueing(void)
{
	static struct ndq q;
	struct ndq_entry e;
	uint32_t id, next = 0, ok = 1;
	int i, round;

	ndq_init(&q, 3);
	CHECK("a_new_queue_is_empty", ndq_first(&q) == NULL && ndq_len(&q) == 0);
	for (i = 0; i < 3; i++) {
		e = entry(i);
		ok &= ndq_push(&q, &e);
	}
	e = entry(99);
	CHECK("a_queue_takes_up_to_its_limit", ok && ndq_len(&q) == 3);
	CHECK("a_full_queue_refuses", !ndq_push(&q, &e) && ndq_len(&q) == 3);
	CHECK("the_oldest_comes_first", ndq_first(&q)->nq_id == 0);
	ndq_pop(&q);
	CHECK("after_a_pop_the_next_oldest", ndq_first(&q)->nq_id == 1
	    && ndq_len(&q) == 2);
	/* Many rounds: the ring wraps around its capacity many times. */
	ndq_init(&q, NDQ_CAP);
	for (round = 0, id = 0; round < 10 * NDQ_CAP; round++) {
		for (i = 0; i < 1 + round % NDQ_CAP; i++) {
			e = entry(id);
			if (ndq_push(&q, &e))
				id++;
		}
		for (i = 0; i < 1 + (round * 7) % NDQ_CAP && ndq_first(&q); i++) {
			ok &= ndq_first(&q)->nq_id == next++;
			ndq_pop(&q);
		}
	}
	while (ndq_first(&q) != NULL) {
		ok &= ndq_first(&q)->nq_id == next++;
		ndq_pop(&q);
	}
	CHECK("across_wraps_entries_leave_in_the_order_they_came",
	    ok && next == id && id > 3 * NDQ_CAP);
	ndq_pop(&q);
	CHECK("popping_an_empty_queue_leaves_it_empty", ndq_len(&q) == 0);
	ndq_init(&q, NDQ_CAP + 5);
	CHECK("a_limit_above_the_capacity_is_cut", q.nq_max == NDQ_CAP);
}

/* --- client.c ----------------------------------------------------------- */

#define INET	300
#define OTHER	301

static void clients(void)
{
	nd_client_start(false);
	CHECK("before_a_conf_requests_are_not_connected",
	    nd_client_check(INET) == -ENOTCONN);
	CHECK("the_first_conf_has_no_former_client",
	    nd_client_set(INET) == NONE && nd_client() == INET);
	CHECK("the_client_is_served", nd_client_check(INET) == OK);
	CHECK("another_process_is_not", nd_client_check(OTHER) == -ENOTCONN);
	CHECK("a_conf_again_by_the_client_replaces_no_one",
	    nd_client_set(INET) == NONE);
	CHECK("a_conf_by_another_names_the_former_client",
	    nd_client_set(OTHER) == INET && nd_client() == OTHER);
	CHECK("the_former_client_is_no_longer_served",
	    nd_client_check(INET) == -ENOTCONN);
	nd_client_start(true);
	CHECK("after_a_restart_the_old_client_must_restart",
	    nd_client_check(OTHER) == -ERESTART);
	CHECK("none_is_never_a_client", nd_client_check(NONE) == -ERESTART);
	nd_client_set(OTHER);
	CHECK("after_its_conf_the_client_is_served_again",
	    nd_client_check(OTHER) == OK);
}

int main(void)
{
	vector_bounds();
	walking();
	queueing();
	clients();
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
