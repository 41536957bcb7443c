/*
 * job.c - the writes to the printer, printed one after another.
 *
 * A write is a job: it is queued, and answered (driver_reply) when its
 * last byte is printed, or when it fails.  The driver never blocks: when
 * the printer is busy, job_pump() returns and runs again at the next
 * ACK interrupt or clock tick, whichever comes first (many ports never
 * raise their interrupt).  A printer busy for HZ_TIMEOUT ticks without
 * taking a byte, out of paper, off line or in error ends the job: the
 * bytes printed so far if any, else EIO.  A printer that is never busy
 * (QEMU's) would keep us printing for seconds: after TURN bytes we let
 * the driver loop answer RS's heartbeat and the other requests, and go
 * on at the next tick - not at the next interrupt: the kernel delivers
 * its notifications before RS's, and with one pending after every byte
 * we would never hear RS.
 *
 * Entry points: job_submit(), job_intr(), job_tick(), job_cancel(),
 * job_state_size(), job_state_get(), job_state_set().
 */
#include <stdio.h>
#include <string.h>
#include <minix/syslib.h>
#include "printer.h"

#define NR_JOBS		8	/* writers waiting at once; then EAGAIN */
#define CHUNK		1024	/* bytes copied in from a grant at a time */
#define TURN		4096	/* bytes printed before the loop gets a turn */

struct job {
	struct driver_req j_req;	/* to answer it */
	endpoint_t j_owner;		/* of the grant */
	cp_grant_id_t j_grant;
	size_t j_size;
	size_t j_done;			/* bytes printed */
	bool j_nonblock;
};

/* Everything the queue knows, in one place: a live update hands it to
 * the new version as it is (job_state_get, job_state_set). */
struct job_state {
	struct job jobs[NR_JOBS];
	int head, njobs;
	uint8_t chunk[CHUNK];	/* the head job's bytes [c_off, c_off + */
	size_t c_off, c_len;	/* c_len), copied in */
	bool yielding;		/* the turn is over: wait for the tick */
	bool stalled;		/* the head job waits for the printer */
	uint32_t stalled_since;	/* tick */
	enum lpt_state reported;	/* the last complaint */
};

static struct job_state q = { .reported = LPT_READY };

static uint32_t uptime(void)
{
	uint32_t now = 0;

	(void) sys_times(NONE, NULL, NULL, &now, NULL);
	return now;
}

/* Say once why the printer cannot print, until it can again. */
static void complain(enum lpt_state s)
{
	if (s != q.reported)
		printf("printer: %s\n", lpt_why(s));
	q.reported = s;
}

/* Answer the head job with status and start on the next. */
static void finish(int status)
{
	driver_reply(&q.jobs[q.head].j_req, status);
	q.head = (q.head + 1) % NR_JOBS;
	q.njobs--;
	q.c_off = q.c_len = 0;
	q.stalled = false;
}

static int done_or(const struct job *j, int err)
{
	return j->j_done > 0 ? (int) j->j_done : err;
}

/* Print what the printer takes of the head job, at most *turn bytes.
 * OK: all of it; -EBUSY: the printer is busy; -EINPROGRESS: the turn is
 * over; another error: the job cannot go on. */
static int print_some(struct job *j, int *turn)
{
	enum lpt_state s;
	int r;

	while (j->j_done < j->j_size) {
		if (j->j_done == q.c_off + q.c_len) {
			q.c_off = j->j_done;
			q.c_len = j->j_size - q.c_off < CHUNK
				? j->j_size - q.c_off : CHUNK;
			r = sys_safecopyfrom(j->j_owner, j->j_grant, q.c_off,
				q.chunk, q.c_len);
			if (r != OK) {
				q.c_len = 0;
				return r;
			}
		}
		if (*turn == 0)
			return -EINPROGRESS;
		if ((s = lpt_poll()) == LPT_BUSY)
			return -EBUSY;
		if (s != LPT_READY) {
			complain(s);
			return -EIO;
		}
		lpt_put(q.chunk[j->j_done - q.c_off]);
		j->j_done++;
		(*turn)--;
		q.stalled = false;
	}
	q.reported = LPT_READY;
	return OK;
}

/* The head job found the printer busy: wait a tick (or an interrupt),
 * unless it has waited too long or may not wait at all. */
static bool wait_more(struct job *j)
{
	uint32_t now = uptime();

	if (j->j_nonblock) {
		finish(done_or(j, -EAGAIN));
		return false;
	}
	if (!q.stalled) {
		q.stalled = true;
		q.stalled_since = now;
	} else if (now - q.stalled_since >= HZ_TIMEOUT) {
		complain(LPT_BUSY);
		finish(done_or(j, -EIO));
		return false;
	}
	(void) sys_setalarm(1, 0);
	return true;
}

/* Print as much as the printer takes now, for at most a turn. */
static void job_pump(void)
{
	struct job *j;
	int turn = TURN, r;

	while (q.njobs > 0) {
		j = &q.jobs[q.head];
		r = print_some(j, &turn);
		if (r == OK) {
			finish(j->j_size);
		} else if (r == -EINPROGRESS) {
			q.yielding = true;
			(void) sys_setalarm(1, 0);
			return;
		} else if (r != -EBUSY) {
			finish(done_or(j, r));
		} else if (wait_more(j)) {
			return;
		}
	}
}

/* The printer took a byte (ACK): print on, unless we gave the driver
 * loop its turn. */
void job_intr(void)
{
	if (!q.yielding)
		job_pump();
}

/* A tick passed: print on. */
void job_tick(void)
{
	q.yielding = false;
	job_pump();
}

/* Queue a write of size bytes from the grant; it is answered later. */
int job_submit(const struct driver_req *req, endpoint_t owner,
	cp_grant_id_t grant, size_t size, int flags)
{
	struct job *j;

	if (q.njobs == NR_JOBS || ((flags & CDEV_NONBLOCK) && q.njobs > 0))
		return -EAGAIN;
	j = &q.jobs[(q.head + q.njobs) % NR_JOBS];
	*j = (struct job) { .j_req = *req, .j_owner = owner,
		.j_grant = grant, .j_size = size,
		.j_nonblock = (flags & CDEV_NONBLOCK) != 0 };
	q.njobs++;
	if (q.njobs == 1)
		job_pump();
	return -EDONTREPLY;
}

/* End the job of request id: the bytes printed so far, or EINTR. */
void job_cancel(endpoint_t user, uint32_t id)
{
	int i, k, next;

	for (i = 0; i < q.njobs; i++) {
		k = (q.head + i) % NR_JOBS;
		if (q.jobs[k].j_req.dr_id != id || q.jobs[k].j_req.dr_user != user)
			continue;
		if (i == 0) {
			finish(done_or(&q.jobs[k], -EINTR));
			job_pump();
			return;
		}
		driver_reply(&q.jobs[k].j_req, -EINTR);
		for (; i < q.njobs - 1; i++) {	/* close the gap */
			next = (q.head + i + 1) % NR_JOBS;
			q.jobs[(q.head + i) % NR_JOBS] = q.jobs[next];
		}
		q.njobs--;
		return;
	}
}

size_t job_state_size(void)
{
	return sizeof(q);
}

void job_state_get(void *buf)
{
	memcpy(buf, &q, sizeof(q));
}

void job_state_set(const void *buf)
{
	memcpy(&q, buf, sizeof(q));
}
