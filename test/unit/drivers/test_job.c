/*
 * test_job.c - host tests of the printer's job queue (drivers/printer/job.c)
 * against a fake port and clock: ready, busy, out of paper, offline,
 * timeouts, cancel, non-blocking writes, a full queue.
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
/* One case per check, named after its line: "ok main_42". */
#define CHECK(c) do { \
	if (c) { passed++; printf("ok %s_%d\n", __func__, __LINE__); } \
	else { failed++; printf("FAIL %s_%d: %s\n", __func__, __LINE__, #c); } \
} while (0)

static void reset(void) { nstate = spos = nprinted = nreplies = 0; alarms = 0; copy_fail = 0; }
static struct driver_req req(int id) { struct driver_req r = { .dr_id = id, .dr_user = id }; return r; }

int main(void)
{
	struct driver_req r;
	int i, k;

	for (i = 0; i < (int) sizeof(src); i++) src[i] = 'a' + i % 26;
	/* a ready printer: the write is answered at once with its size */
	reset(); r = req(1);
	CHECK(job_submit(&r, 1, 0, 100, 0) == -EDONTREPLY);
	CHECK(nreplies == 1 && replies[0] == 100 && nprinted == 100);
	CHECK(memcmp(printed, src, 100) == 0);
	/* a long write takes turns; each tick goes on */
	reset(); r = req(2);
	job_submit(&r, 1, 1, 9000, 0);
	CHECK(nreplies == 0 && nprinted == 4096 && alarms == 1);
	job_intr();			/* ignored while yielding */
	CHECK(nprinted == 4096);
	job_tick(); job_tick();
	CHECK(nreplies == 1 && replies[0] == 9000 && nprinted == 9000);
	CHECK(memcmp(printed, src + 10000, 9000) == 0);
	/* busy for a while, then ready: the job waits and completes */
	reset(); r = req(3);
	state[0] = LPT_READY; for (i = 1; i < 4; i++) state[i] = LPT_BUSY; nstate = 4;
	job_submit(&r, 1, 0, 10, 0);
	CHECK(nreplies == 0 && nprinted == 1);
	now += 50; job_tick(); CHECK(nreplies == 0 && nprinted == 1);
	now += 50; job_tick(); CHECK(nreplies == 0);
	now += 50; job_intr();
	CHECK(nreplies == 1 && replies[0] == 10 && nprinted == 10);
	/* busy forever: EIO after 10 s, or the bytes done */
	reset(); r = req(4);
	{ for (i = 0; i < 5000; i++) state[i] = LPT_BUSY; nstate = 5000; }
	job_submit(&r, 1, 0, 10, 0);
	for (k = 0; k < 20 && nreplies == 0; k++) { now += 100; job_tick(); }
	CHECK(nreplies == 1 && replies[0] == -EIO);
	CHECK(k >= 10 && k <= 11);
	reset(); r = req(5);
	state[0] = state[1] = LPT_READY; for (i = 2; i < 5000; i++) state[i] = LPT_BUSY; nstate = 5000;
	job_submit(&r, 1, 0, 10, 0);
	for (k = 0; k < 20 && nreplies == 0; k++) { now += 100; job_tick(); }
	CHECK(nreplies == 1 && replies[0] == 2);
	/* out of paper: EIO; the queued job behind fails too */
	reset(); state[0] = LPT_NOPAPER; state[1] = LPT_OFFLINE; nstate = 2;
	r = req(6); job_submit(&r, 1, 0, 10, 0);
	CHECK(nreplies == 1 && replies[0] == -EIO);
	r = req(7); job_submit(&r, 1, 0, 10, 0);
	CHECK(nreplies == 2 && replies[1] == -EIO);
	/* nonblocking: EAGAIN when busy, or the bytes done */
	reset(); for (i = 0; i < 10; i++) state[i] = LPT_BUSY; nstate = 10;
	r = req(8); job_submit(&r, 1, 0, 10, CDEV_NONBLOCK);
	CHECK(nreplies == 1 && replies[0] == -EAGAIN);
	/* cancel: the head job ends with bytes done, the next one starts */
	reset(); state[0] = LPT_READY; state[1] = LPT_BUSY; nstate = 2;
	r = req(9); job_submit(&r, 1, 0, 10, 0);
	r = req(10); job_submit(&r, 1, 0, 5, 0);
	r = req(11); job_submit(&r, 1, 0, 5, 0);
	CHECK(nreplies == 0);
	job_cancel(10, 10);		/* the middle one */
	CHECK(nreplies == 1 && reply_ids[0] == 10 && replies[0] == -EINTR);
	job_cancel(9, 9);		/* the head: 1 byte printed */
	CHECK(nreplies == 3 && reply_ids[1] == 9 && replies[1] == 1);
	CHECK(reply_ids[2] == 11 && replies[2] == 5);
	job_cancel(99, 99);		/* unknown: nothing */
	CHECK(nreplies == 3);
	/* a grant that fails */
	reset(); copy_fail = 1; r = req(12); job_submit(&r, 1, 0, 10, 0);
	CHECK(nreplies == 1 && replies[0] == -EFAULT);
	/* a full queue: EAGAIN */
	reset(); { for (i = 0; i < 5000; i++) state[i] = LPT_BUSY; nstate = 5000; }
	for (i = 0; i < 8; i++) { r = req(20 + i); CHECK(job_submit(&r, 1, 0, 1, 0) == -EDONTREPLY); }
	r = req(30); CHECK(job_submit(&r, 1, 0, 1, 0) == -EAGAIN);
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
