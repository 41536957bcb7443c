/*
 * update.c - service update: replace a running service by a new version
 * that takes over its state and its endpoint (docs/liveupdate.md).
 *
 *   service update PATH|self [-label L] [-state S] [-maxtime TICKS|NHZ]
 *                  [-args "ARGS"]
 *
 * "self" is the binary the service runs now.  RS answers once the
 * update is over: done, aborted (the running version never stopped:
 * it refused, or did not reach the state within -maxtime), or rolled
 * back (the new version failed; the old one goes on where it stopped).
 * The command says which and why, and after an update how long the
 * service was stopped, phase by phase, in TSC ticks (guest
 * instructions under QEMU -icount).  It exits 0 only if the new
 * version runs.
 *
 * Entry points: do_update(), lu_outcome(), print_update().
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <minix/config.h>
#include <minix/com.h>
#include <minix/ipc.h>
#include "service.h"

const char *lu_outcome(int outcome)
{
	switch (outcome) {
	case RLU_DONE:		return "ok";
	case RLU_ABORTED:	return "aborted";
	case RLU_ROLLED_BACK:	return "rolled back";
	default:		return "-";
	}
}

static unsigned long long span(uint64_t from, uint64_t to)
{
	return to > from ? to - from : 0;
}

/* How long the service was stopped, and in which phases. */
static void print_phases(const struct rs_lu_report *u)
{
	printf("downtime %llu TSC ticks (save %llu, state transfer %llu, "
		"init %llu, swap %llu, confirm %llu); prepared in %llu\n",
		span(u->rlr_stopped, u->rlr_confirmed),
		span(u->rlr_stopped, u->rlr_saved),
		span(u->rlr_saved, u->rlr_restored),
		span(u->rlr_restored, u->rlr_init_done),
		span(u->rlr_init_done, u->rlr_swapped),
		span(u->rlr_swapped, u->rlr_confirmed),
		span(u->rlr_requested, u->rlr_stopped));
}

/* `service status`: the service's last update. */
void print_update(const struct rs_lu_report *u)
{
	if (u->rlr_outcome == RLU_NONE)
		return;
	printf("last update: %s", lu_outcome(u->rlr_outcome));
	if (u->rlr_why[0] != '\0')
		printf(": %s", u->rlr_why);
	printf("\n");
	if (u->rlr_outcome == RLU_DONE) {
		printf("  ");
		print_phases(u);
	}
}

static int state_arg(const char *s)
{
	char *end;
	long v = strtol(s, &end, 10);

	if (end == s || *end != '\0' || v < 1 || v > 1000) {
		fprintf(stderr, "service: -state %s: a state is a number from "
			"1 up\n", s);
		exit(1);
	}
	return (int) v;
}

static uint32_t maxtime_arg(const char *s)
{
	uint32_t t = ticks_arg(s, RS_LU_MAXTIME_MAX);

	if (t == 0) {
		fprintf(stderr, "service: -maxtime %s: from 1 tick to %d "
			"seconds\n", s, RS_LU_MAXTIME_MAX / HZ);
		exit(1);
	}
	return t;
}

/* RS's answer, in words; the exit status. */
static int report(int r, const char *label, const char *path,
	const struct rs_update *u)
{
	if (r == OK) {
		printf("service: %s: updated to %s; ", label, path);
		print_phases(&u->ru_report);
		return 0;
	}
	if (r == -ECANCELED) {
		fprintf(stderr, "service: %s: update %s: %s\n", label,
			lu_outcome(u->ru_report.rlr_outcome),
			u->ru_report.rlr_why);
		return 1;
	}
	if (r == -ESRCH)
		fprintf(stderr, "service: %s: no such service\n", label);
	else if (r == -EBUSY)
		fprintf(stderr, "service: %s: busy (not up, or another "
			"update is under way)\n", label);
	else
		fail(label, -r);
	return 1;
}

int do_update(int argc, char **argv)
{
	static struct rs_update u;
	const char *path, *label = NULL;
	bool self;
	message m;
	int i;

	if (argc < 1)
		usage();
	path = argv[0];
	self = strcmp(path, "self") == 0;
	memset(&u, 0, sizeof(u));
	for (i = 1; i < argc; i++) {
		if (i + 1 >= argc)
			usage();
		if (strcmp(argv[i], "-label") == 0)
			label = argv[++i];
		else if (strcmp(argv[i], "-state") == 0)
			u.ru_state = state_arg(argv[++i]);
		else if (strcmp(argv[i], "-maxtime") == 0)
			u.ru_maxtime = maxtime_arg(argv[++i]);
		else if (strcmp(argv[i], "-args") == 0) {
			copy_arg(u.ru_args, argv[++i], RS_ARGS_LEN);
			u.ru_flags |= RUF_ARGS;
		} else
			usage();
	}
	if (label == NULL && self)
		usage();
	if (label == NULL)
		label = base_name(path);
	if (strlen(label) >= RS_LABEL_LEN)
		fail(label, ENAMETOOLONG);
	memset(&m, 0, sizeof(m));
	if (self) {
		u.ru_flags |= RUF_SELF;
	} else {
		if (path[0] != '/' || access(path, X_OK) < 0)
			fail(path, path[0] != '/' ? EINVAL : errno);
		copy_arg(u.ru_path, path, RS_PATH_LEN);
		read_binary(path, label, &m.m_rs_update.image,
		    &m.m_rs_update.image_len);
	}
	strcpy(m.m_rs_update.label, label);
	m.m_rs_update.update = (vir_bytes) &u;
	m.m_rs_update.update_len = sizeof(u);
	return report(rs_call(RS_UPDATE, &m), label, self ? "itself" : path,
		&u);
}
