/*
 * lubench.c - how long a live update stops a service, in guest
 * instructions.
 *
 * usage: lubench LABEL DEVICE
 *
 * For each round a child reads DEVICE (one 512-byte block from its
 * start) over and over, noting the TSC when each read completes, while
 * the parent updates LABEL to its own binary (service update self).  The
 * downtime runs from the moment the old version stopped (it had reached
 * its state; RS's report says when) to the first read completed after
 * it, which the new version served.  RS's report also gives the phases
 * in between.  The child reads a fixed number of times, far more than an
 * update lasts, so that nobody has to tell it to stop: once RS has
 * answered, the parent only waits for the child's times, and the reads
 * run as they would without it.  Under QEMU -icount shift=0 the TSC counts guest
 * instructions, so the figures are repeatable on any host.  Prints
 *	bench: lu_LABEL_FIGURE N instructions
 * for the downtime, each phase, and for comparison a read's time when
 * no update is under way (the medians of the rounds), then exits.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/wait.h>
#include <minix/com.h>
#include <minix/ipc.h>
#include <minix/tsc.h>

#define ROUNDS		5
#define READS		200	/* each round: more than an update lasts */
#define BLOCK		512

enum { DOWNTIME, PREPARE, SAVE, TRANSFER, INIT, SWAP, CONFIRM, FIRST,
	READ, NR_FIGURES };
static const char *const names[NR_FIGURES] = {
	"downtime", "prepare", "save", "state_transfer", "init", "swap",
	"confirm", "first_request", "read",
};

/* The child: READS reads, then their completion times to out.  It
 * says when it is at it (three reads done) through ready. */
static void reader(const char *device, int ready, int out)
{
	static uint64_t times[READS];
	static char buf[BLOCK];
	int fd, n = 0;

	if ((fd = open(device, O_RDONLY)) < 0)
		_exit(1);
	while (n < READS) {
		if (lseek(fd, 0, SEEK_SET) < 0 || read(fd, buf, sizeof(buf)) < 0)
			continue;
		times[n++] = read_tsc();
		if (n == 3)
			(void) write(ready, "r", 1);
	}
	(void) write(out, times, sizeof(times));
	_exit(0);
}

static int update(const char *label, struct rs_update *u)
{
	message m;
	int r;

	memset(u, 0, sizeof(*u));
	u->ru_flags = RUF_SELF;
	memset(&m, 0, sizeof(m));
	strncpy(m.m_rs_update.label, label, RS_LABEL_LEN - 1);
	m.m_rs_update.update = (vir_bytes) u;
	m.m_rs_update.update_len = sizeof(*u);
	m.m_type = RS_UPDATE;
	if ((r = ipc_sendrec(RS_PROC_EP, &m)) != OK)
		return r;
	return m.m_type;
}

static uint64_t span(uint64_t from, uint64_t to)
{
	return to > from ? to - from : 0;
}

static int cmp64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *) a, y = *(const uint64_t *) b;

	return x < y ? -1 : x > y;
}

/* The reader's times: the first completion after stopped (0 if none),
 * and the median time a read took before the update began. */
static uint64_t first_after(int in, uint64_t requested, uint64_t stopped,
	uint64_t *read_time)
{
	static uint64_t t[READS], gap[READS];
	uint64_t found = 0;
	int i, n = 0;

	size_t got = 0;
	ssize_t r;

	while (got < sizeof(t) && (r = read(in, (char *) t + got,
	    sizeof(t) - got)) > 0)
		got += r;
	if (got != sizeof(t))
		return 0;
	for (i = 0; i < READS; i++) {
		if (found == 0 && t[i] > stopped)
			found = t[i];
		if (i > 0 && t[i] < requested)
			gap[n++] = t[i] - t[i - 1];
	}
	qsort(gap, n, sizeof(gap[0]), cmp64);
	*read_time = n > 0 ? gap[n / 2] : 0;
	return found;
}

/* One update under the reader; the figures into f. */
static int one_round(const char *label, const char *device,
	uint64_t f[NR_FIGURES])
{
	const struct rs_lu_report *p;
	int ready[2], times[2], r;
	struct rs_update u;
	uint64_t first;
	pid_t child;
	char c;

	if (pipe(ready) < 0 || pipe(times) < 0)
		return -1;
	if ((child = fork()) == 0)
		reader(device, ready[1], times[1]);
	close(ready[1]);
	close(times[1]);
	if (child < 0 || read(ready[0], &c, 1) != 1)
		return -1;
	r = update(label, &u);
	first = first_after(times[0], u.ru_report.rlr_requested,
		u.ru_report.rlr_stopped, &f[READ]);
	waitpid(child, NULL, 0);
	close(ready[0]);
	close(times[0]);
	if (r != OK || first == 0) {
		printf("lubench: %s: update %d: %s\n", label, r,
			u.ru_report.rlr_why);
		return -1;
	}
	p = &u.ru_report;
	f[DOWNTIME] = span(p->rlr_stopped, first);
	f[PREPARE] = span(p->rlr_requested, p->rlr_stopped);
	f[SAVE] = span(p->rlr_stopped, p->rlr_saved);
	f[TRANSFER] = span(p->rlr_saved, p->rlr_restored);
	f[INIT] = span(p->rlr_restored, p->rlr_init_done);
	f[SWAP] = span(p->rlr_init_done, p->rlr_swapped);
	f[CONFIRM] = span(p->rlr_swapped, p->rlr_confirmed);
	f[FIRST] = span(p->rlr_confirmed, first);
	return 0;
}

int main(int argc, char **argv)
{
	uint64_t f[ROUNDS][NR_FIGURES], col[ROUNDS];
	int i, k;

	if (argc != 3) {
		fprintf(stderr, "usage: lubench LABEL DEVICE\n");
		return 2;
	}
	for (i = 0; i < ROUNDS; i++)
		if (one_round(argv[1], argv[2], f[i]) != 0)
			return 1;
	for (k = 0; k < NR_FIGURES; k++) {
		for (i = 0; i < ROUNDS; i++)
			col[i] = f[i][k];
		qsort(col, ROUNDS, sizeof(col[0]), cmp64);
		printf("bench: lu_%s_%s %llu instructions\n", argv[1],
			names[k], (unsigned long long) col[ROUNDS / 2]);
	}
	return 0;
}
