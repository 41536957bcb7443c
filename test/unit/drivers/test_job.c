/*
 * test_job.c - host tests of the printer's job queue (drivers/printer/job.c)
 * against a fake port and clock: ready, busy, out of paper, offline,
 * timeouts, cancel, non-blocking writes, a full queue.  One case per
 * check, named after what it checks.
 */
#include <stdio.h>
#include <string.h>
#include <minix/syslib.h>
#include "printer.h"

static enum lpt_state state[100000]; static int nstate; static int spos;
static char printed[100000]; static int nprinted;
static uint32_t now; static int alarms;
static int replies[16], reply_ids[16], nreplies;
static char src[100000];
static int copy_fail;

enum lpt_state lpt_poll(void) { return spos < nstate ? state[spos++] : LPT_READY; }
void lpt_put(uint8_t b) { printed[nprinted++] = b; }
const char *lpt_why(enum lpt_state s) { return "why"; }
int sys_times(endpoint_t ep, uint32_t *u, uint32_t *s, uint32_t *up, uint32_t *bt) { *up = now; return OK; }
int sys_setalarm(uint32_t e, int a) { alarms++; return OK; }
int sys_safecopyfrom(endpoint_t o, cp_grant_id_t g, vir_bytes off, void *addr, size_t n) {
	if (copy_fail) return -EFAULT;
	memcpy(addr, src + g * 10000 + off, n); return OK; }
void driver_reply(const struct driver_req *r, int st) { reply_ids[nreplies] = r->dr_id; replies[nreplies++] = st; }

static int passed, failed;

/* One case per check, named after what it checks. */
#define CHECK(name, c) do { \
	if (c) { passed++; printf("ok %s\n", name); } \
	else { failed++; printf("FAIL %s: %s\n", name, #c); } \
} while (0)

static void reset(void)
{
	nstate = spos = nprinted = nreplies = 0;
	alarms = 0;
	copy_fail = 0;
}

static struct driver_req req(int id)
{
	struct driver_req r = { .dr_id = id, .dr_user = id };
	return r;
}

/* The printer reports s for its next n polls (from the first, 'from'). */
static void states(int from, int n, enum lpt_state s)
{
	int i;

	for (i = from; i < from + n; i++)
		state[i] = s;
	if (nstate < from + n)
		nstate = from + n;
}

static void ready_printer_answers_at_once(void)
{
	struct driver_req r = req(1);

	reset();
	CHECK("ready_write_is_answered_by_the_driver",
	    job_submit(&r, 1, 0, 100, 0) == -EDONTREPLY);
	CHECK("ready_write_is_answered_with_its_size",
	    nreplies == 1 && replies[0] == 100 && nprinted == 100);
	CHECK("ready_write_prints_the_bytes", memcmp(printed, src, 100) == 0);
}

static void long_write_takes_turns(void)
{
	struct driver_req r = req(2);

	reset();
	job_submit(&r, 1, 1, 9000, 0);
	CHECK("long_write_yields_after_4096_bytes",
	    nreplies == 0 && nprinted == 4096 && alarms == 1);
	job_intr();
	CHECK("interrupt_while_yielding_is_ignored", nprinted == 4096);
	job_tick();
	job_tick();
	CHECK("long_write_goes_on_each_tick_to_the_end",
	    nreplies == 1 && replies[0] == 9000 && nprinted == 9000);
	CHECK("long_write_prints_its_bytes",
	    memcmp(printed, src + 10000, 9000) == 0);
}

static void busy_then_ready_completes(void)
{
	struct driver_req r = req(3);

	reset();
	states(0, 1, LPT_READY);
	states(1, 3, LPT_BUSY);
	job_submit(&r, 1, 0, 10, 0);
	CHECK("busy_printer_holds_the_job",
	    nreplies == 0 && nprinted == 1);
	now += 50;
	job_tick();
	CHECK("busy_printer_still_holds_it_after_a_tick",
	    nreplies == 0 && nprinted == 1);
	now += 50;
	job_tick();
	CHECK("busy_printer_still_holds_it_after_two_ticks", nreplies == 0);
	now += 50;
	job_intr();
	CHECK("ready_again_the_job_completes",
	    nreplies == 1 && replies[0] == 10 && nprinted == 10);
}

static void busy_forever_times_out(void)
{
	struct driver_req r = req(4);
	int k;

	reset();
	states(0, 5000, LPT_BUSY);
	job_submit(&r, 1, 0, 10, 0);
	for (k = 0; k < 20 && nreplies == 0; k++) {
		now += 100;
		job_tick();
	}
	CHECK("busy_forever_fails_with_eio",
	    nreplies == 1 && replies[0] == -EIO);
	CHECK("busy_forever_fails_after_10_seconds", k >= 10 && k <= 11);

	reset();
	r = req(5);
	states(0, 2, LPT_READY);
	states(2, 4998, LPT_BUSY);
	job_submit(&r, 1, 0, 10, 0);
	for (k = 0; k < 20 && nreplies == 0; k++) {
		now += 100;
		job_tick();
	}
	CHECK("timeout_after_some_bytes_answers_the_bytes_done",
	    nreplies == 1 && replies[0] == 2);
}

static void out_of_paper_fails_the_queue(void)
{
	struct driver_req r;

	reset();
	states(0, 1, LPT_NOPAPER);
	states(1, 1, LPT_OFFLINE);
	r = req(6);
	job_submit(&r, 1, 0, 10, 0);
	CHECK("out_of_paper_fails_with_eio",
	    nreplies == 1 && replies[0] == -EIO);
	r = req(7);
	job_submit(&r, 1, 0, 10, 0);
	CHECK("offline_fails_the_next_job_with_eio",
	    nreplies == 2 && replies[1] == -EIO);
}

static void nonblocking_write_to_busy_printer(void)
{
	struct driver_req r = req(8);

	reset();
	states(0, 10, LPT_BUSY);
	job_submit(&r, 1, 0, 10, CDEV_NONBLOCK);
	CHECK("nonblocking_write_to_busy_printer_is_eagain",
	    nreplies == 1 && replies[0] == -EAGAIN);
}

static void cancel(void)
{
	struct driver_req r;

	reset();
	states(0, 1, LPT_READY);
	states(1, 1, LPT_BUSY);
	r = req(9);
	job_submit(&r, 1, 0, 10, 0);
	r = req(10);
	job_submit(&r, 1, 0, 5, 0);
	r = req(11);
	job_submit(&r, 1, 0, 5, 0);
	CHECK("three_jobs_queued", nreplies == 0);
	job_cancel(10, 10);
	CHECK("cancelled_middle_job_ends_with_eintr",
	    nreplies == 1 && reply_ids[0] == 10 && replies[0] == -EINTR);
	job_cancel(9, 9);
	CHECK("cancelled_head_job_ends_with_the_bytes_done",
	    nreplies == 3 && reply_ids[1] == 9 && replies[1] == 1);
	CHECK("after_a_cancel_the_next_job_runs",
	    reply_ids[2] == 11 && replies[2] == 5);
	job_cancel(99, 99);
	CHECK("cancel_of_an_unknown_job_does_nothing", nreplies == 3);
}

static void failing_grant(void)
{
	struct driver_req r = req(12);

	reset();
	copy_fail = 1;
	job_submit(&r, 1, 0, 10, 0);
	CHECK("failing_grant_is_efault",
	    nreplies == 1 && replies[0] == -EFAULT);
}

static void full_queue(void)
{
	static const char *names[8] = {
		"queue_takes_job_1", "queue_takes_job_2", "queue_takes_job_3",
		"queue_takes_job_4", "queue_takes_job_5", "queue_takes_job_6",
		"queue_takes_job_7", "queue_takes_job_8",
	};
	struct driver_req r;
	int i;

	reset();
	states(0, 5000, LPT_BUSY);
	for (i = 0; i < 8; i++) {
		r = req(20 + i);
		CHECK(names[i], job_submit(&r, 1, 0, 1, 0) == -EDONTREPLY);
	}
	r = req(30);
	CHECK("full_queue_is_eagain", job_submit(&r, 1, 0, 1, 0) == -EAGAIN);
}

int main(void)
{
	int i;

	for (i = 0; i < (int) sizeof(src); i++)
		src[i] = 'a' + i % 26;
	ready_printer_answers_at_once();
	long_write_takes_turns();
	busy_then_ready_completes();
	busy_forever_times_out();
	out_of_paper_fails_the_queue();
	nonblocking_write_to_busy_printer();
	cancel();
	failing_grant();
	full_queue();
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
