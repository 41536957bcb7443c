/*
 * census.c - what every server holds, counted from outside, so that a
 * leak shows as a number that does not come back after a run.
 *
 * From RS (RS_LIST): each service's restarts, whether it is up, the
 * grants it holds and its memory.  From PM (getsysinfo): its processes
 * and the kernel's free memory.  From VFS (getvfsinfo): its process
 * slots, open files, vnodes, pipes, locks and selects.  From the root
 * file server (statvfs's f_incore): its inodes in memory.  Memory is
 * told apart: a server's heap keeps its high-water mark, so memory is
 * only compared between two runs of the same size (the kernel's free
 * memory within KERNEL_SLACK).
 *
 * Entry points: census_take, census_compare.
 */
#include <stdio.h>
#include <string.h>
#include <sys/statvfs.h>
#include <minix/com.h>
#include <minix/sysinfo.h>
#include "sysfuzz.h"

#define LIST_MAX	64

/* The kernel's free memory also moves with what other processes do
 * (INET's and the drivers' heaps grow on their own): a page or two of
 * it is not the fuzzer's. */
#define KERNEL_SLACK	(64 * 1024)

static void add(struct census *c, const char *name, const char *what,
	long value, bool memory)
{
	if (c->n == CENSUS_MAX)
		return;
	snprintf(c->item[c->n].name, sizeof(c->item[0].name), "%s %s",
		name, what);
	c->item[c->n].value = value;
	c->item[c->n].memory = memory;
	c->n++;
}

static int take_rs(struct census *c)
{
	static struct rs_status tab[LIST_MAX];
	message m;
	int n, i;

	memset(&m, 0, sizeof(m));
	m.m_type = RS_LIST;
	m.m_rs_list.buf = (vir_bytes) tab;
	m.m_rs_list.len = sizeof(tab);
	if (ipc_sendrec(RS_PROC_EP, &m) != OK || (n = m.m_type) < 0)
		return -1;
	for (i = 0; i < n; i++) {
		add(c, tab[i].rst_label, "restarts", tab[i].rst_restarts,
			false);
		add(c, tab[i].rst_label, "up",
			(tab[i].rst_flags & RST_UP) != 0, false);
		add(c, tab[i].rst_label, "grants", tab[i].rst_grants, false);
		add(c, tab[i].rst_label, "memory", tab[i].rst_mem, true);
	}
	return 0;
}

int census_take(struct census *c)
{
	struct pm_sysinfo si;
	struct vfs_sysinfo vi;
	struct statvfs sv;

	c->n = 0;
	if (take_rs(c) != 0 || getsysinfo(&si) != 0 || getvfsinfo(&vi) != 0
	    || statvfs("/", &sv) != 0)
		return -1;
	add(c, "pm", "processes", si.si_procs, false);
	add(c, "kernel", "free-memory", -(long) si.si_mem_free, true);
	add(c, "vfs", "processes", vi.vi_procs, false);
	add(c, "vfs", "open-files", vi.vi_filps, false);
	add(c, "vfs", "vnodes", vi.vi_vnodes, false);
	add(c, "vfs", "pipes", vi.vi_pipes, false);
	add(c, "vfs", "locks", vi.vi_locks, false);
	add(c, "vfs", "selects", vi.vi_selects, false);
	add(c, "root-fs", "inodes-in-memory", sv.f_incore, false);
	return 0;
}

static long slack(const char *name)
{
	return strcmp(name, "kernel free-memory") == 0 ? KERNEL_SLACK : 0;
}

/* Every count of before is back in after (memory: not above it, when
 * memory_too); prints each that is not, unless quiet.  Returns how many
 * are not. */
int census_compare(const struct census *before, const struct census *after,
	bool memory_too, bool quiet)
{
	int i, j, bad = 0;

	for (i = 0; i < before->n; i++) {
		const char *name = before->item[i].name;
		long b = before->item[i].value, a;

		if (before->item[i].memory && !memory_too)
			continue;
		for (j = 0; j < after->n; j++)
			if (strcmp(after->item[j].name, name) == 0)
				break;
		if (j == after->n)
			a = -1;		/* the service has gone */
		else
			a = after->item[j].value;
		if (before->item[i].memory ? a <= b + slack(name) : a == b)
			continue;
		bad++;
		if (!quiet)
			printf("sysfuzz: %s was %ld, is %ld\n", name,
				before->item[i].memory && b < 0 ? -b : b,
				before->item[i].memory && a < 0 ? -a : a);
	}
	return bad;
}
