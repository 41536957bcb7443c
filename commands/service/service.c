/*
 * service.c - talk to RS: start, stop, restart, update and list system
 * services.
 *
 * usage:
 *   service up PATH [-label L] [-dev DEV] [-period TICKS|NHZ]
 *                   [-args "ARGS"] [-config FILE] [-script FILE]
 *   service update PATH|self [-label L] [-state S] [-maxtime TICKS|NHZ]
 *                   [-args "ARGS"]
 *   service down|restart|refresh|status LABEL
 *   service list | shutdown
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <minix/config.h>
#include <minix/com.h>
#include <minix/ipc.h>
#include <minix/sysconf.h>
#include "service.h"

#define MAX_SERVICES	64

void usage(void)
{
	fprintf(stderr,
	    "usage: service up PATH [-label L] [-dev DEV] [-period TICKS|NHZ]\n"
	    "                  [-args \"ARGS\"] [-config FILE] [-script FILE]\n"
	    "       service update PATH|self [-label L] [-state S]\n"
	    "                  [-maxtime TICKS|NHZ] [-args \"ARGS\"]\n"
	    "       service down|restart|refresh|status LABEL\n"
	    "       service list | shutdown\n");
	exit(2);
}

void fail(const char *what, int err)
{
	fprintf(stderr, "service: %s: %s\n", what, strerror(err));
	exit(1);
}

int rs_call(int type, message *m)
{
	int r;

	m->m_type = type;
	if ((r = ipc_sendrec(RS_PROC_EP, m)) != OK)
		return r;
	return m->m_type;
}

/* "50" ticks, or "5HZ" (or "5hz") seconds; 0 if it is neither, or more
 * than limit ticks. */
uint32_t ticks_arg(const char *s, uint32_t limit)
{
	unsigned long v = 0;
	const char *p;

	for (p = s; *p >= '0' && *p <= '9' && v <= limit; p++)
		v = v * 10 + (*p - '0');
	if (strcmp(p, "HZ") == 0 || strcmp(p, "hz") == 0)
		v = v <= limit / HZ ? v * HZ : 0;
	else if (*p != '\0')
		v = 0;
	return p == s || v > limit ? 0 : v;
}

/* A heartbeat period: from RS_PERIOD_MIN to RS_PERIOD_MAX ticks. */
static uint32_t period(const char *s)
{
	uint32_t v = ticks_arg(s, RS_PERIOD_MAX);

	if (v < RS_PERIOD_MIN) {
		fprintf(stderr, "service: bad period %s: from %u to %u ticks"
		    " (or %uHZ seconds at most)\n", s, RS_PERIOD_MIN,
		    RS_PERIOD_MAX, RS_PERIOD_MAX / HZ);
		exit(2);
	}
	return v;
}

static int device_major(const char *dev)
{
	struct stat st;

	if (stat(dev, &st) < 0)
		fail(dev, errno);
	if (!S_ISCHR(st.st_mode) && !S_ISBLK(st.st_mode)) {
		fprintf(stderr, "service: %s is not a device\n", dev);
		exit(1);
	}
	return (st.st_rdev >> 8) & 0xFF;
}

void copy_arg(char *dst, const char *arg, size_t size)
{
	if (strlen(arg) >= size)
		fail(arg, ENAMETOOLONG);
	strcpy(dst, arg);
}

const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');

	return s != NULL ? s + 1 : path;
}

/* Add file's entry called name to rs: 0, 1 if there is none, or -1
 * after saying what is wrong with the file. */
static int read_config(const char *file, const char *name,
	struct rs_start *rs)
{
	static char text[64 * 1024];
	char why[160];
	size_t len;
	FILE *f;
	int r;

	if ((f = fopen(file, "r")) == NULL) {
		fprintf(stderr, "service: %s: %s\n", file, strerror(errno));
		return -1;
	}
	len = fread(text, 1, sizeof(text), f);
	r = ferror(f) || !feof(f);
	fclose(f);
	if (r) {
		fprintf(stderr, "service: %s: %s\n", file, len == sizeof(text)
			? "too long" : "read error");
		return -1;
	}
	r = sysconf_entry(text, len, file, name, rs, why, sizeof(why));
	if (r < 0)
		fprintf(stderr, "service: %s\n", why);
	return r;
}

/* The whole binary at path, for RS to copy from our memory: RS reads
 * no files (it must never wait for VFS).  Errors name the label, as
 * when RS found them. */
void read_binary(const char *path, const char *label, vir_bytes *image,
	uint32_t *len)
{
	struct stat st;
	char *buf;
	int fd;

	if ((fd = open(path, O_RDONLY)) < 0 || fstat(fd, &st) < 0)
		fail(label, errno);
	if (!S_ISREG(st.st_mode) || st.st_size <= 0
	    || st.st_size > RS_IMAGE_MAX)
		fail(label, ENOEXEC);
	if ((buf = malloc(st.st_size)) == NULL)
		fail(label, ENOMEM);
	if (read(fd, buf, st.st_size) != st.st_size)
		fail(label, EIO);
	close(fd);
	*image = (vir_bytes) buf;
	*len = st.st_size;
}

static int do_up(int argc, char **argv)
{
	const char *path, *label = NULL, *config = "/etc/system.conf";
	const char *script = NULL;
	static struct rs_start rs;
	uint32_t per = 0;
	message m;
	int i, r;

	if (argc < 1)
		usage();
	path = argv[0];
	memset(&rs, 0, sizeof(rs));
	rs.rss_major = -1;
	for (i = 1; i < argc; i++) {
		if (i + 1 >= argc)
			usage();
		if (strcmp(argv[i], "-label") == 0)
			label = argv[++i];
		else if (strcmp(argv[i], "-dev") == 0)
			rs.rss_major = device_major(argv[++i]);
		else if (strcmp(argv[i], "-period") == 0)
			per = period(argv[++i]);
		else if (strcmp(argv[i], "-args") == 0)
			copy_arg(rs.rss_args, argv[++i], RS_ARGS_LEN);
		else if (strcmp(argv[i], "-config") == 0)
			config = argv[++i];
		else if (strcmp(argv[i], "-script") == 0)
			script = argv[++i];
		else
			usage();
	}
	if (path[0] != '/' || access(path, X_OK) < 0)
		fail(path, path[0] != '/' ? EINVAL : errno);
	if (script != NULL) {		/* RS runs it with /bin/sh */
		if (script[0] != '/' || access(script, R_OK) < 0)
			fail(script, script[0] != '/' ? EINVAL : errno);
		copy_arg(rs.rss_script, script, RS_PATH_LEN);
	}
	if (label == NULL)
		label = base_name(path);
	if (strlen(label) >= RS_LABEL_LEN || strlen(path) >= RS_PATH_LEN)
		fail(label, ENAMETOOLONG);
	strcpy(rs.rss_label, label);
	strcpy(rs.rss_path, path);
	sysconf_base(&rs);
	r = read_config(config, label, &rs);
	if (r == 1)
		r = read_config(config, base_name(path), &rs);
	if (r < 0)
		exit(1);
	if (per != 0)
		rs.rss_period = per;
	memset(&m, 0, sizeof(m));
	m.m_rs_up.start = (vir_bytes) &rs;
	m.m_rs_up.start_len = sizeof(rs);
	read_binary(path, label, &m.m_rs_up.image, &m.m_rs_up.image_len);
	if ((r = rs_call(RS_UP, &m)) == -ENODEV)
		exit(1);	/* no device for it: the driver has said so */
	if (r == -EBUSY && rs.rss_major > 0) {
		fprintf(stderr, "service: %s: major %d is already served by"
		    " another driver\n", label, rs.rss_major);
		exit(1);
	}
	if (r < 0)
		fail(label, -r);
	return 0;
}

static const char *state(const struct rs_status *st)
{
	if (st->rst_flags & RST_GIVEN_UP)
		return "given up";
	if (st->rst_flags & RST_UPDATING)
		return "updating";
	if (st->rst_flags & RST_BACKOFF)
		return "restarting";
	if (st->rst_flags & RST_UP)
		return "up";
	return "starting";
}

/* The last live update, in a few words: "ok 12s ago". */
static void last_update(const struct rs_status *st, char *buf, size_t size)
{
	const struct rs_lu_report *u = &st->rst_update;

	if (u->rlr_outcome == RLU_NONE)
		snprintf(buf, size, "-");
	else
		snprintf(buf, size, "%s %us ago", lu_outcome(u->rlr_outcome),
			(st->rst_now - u->rlr_when) / HZ);
}

static void print_status(const struct rs_status *st)
{
	char update[32];

	last_update(st, update, sizeof(update));
	printf("%-12s %5d %8d %8d  %-10s  %-12.12s %s", st->rst_label,
		st->rst_pid, st->rst_endpoint, st->rst_restarts, state(st),
		base_name(st->rst_path), update);
	if (st->rst_failure[0] != '\0')
		printf("%*s  %s (%us ago)", 18 - (int) strlen(update), "",
			st->rst_failure, st->rst_failure_age);
	printf("\n");
}

/* Ticks as seconds with two decimals: "12.34". */
static void print_ticks(uint32_t ticks)
{
	printf("%u.%02u", ticks / HZ, ticks % HZ * 100 / HZ);
}

/* The failures of the current run in a row: when each came, and how
 * long RS waited before starting the service again. */
static void print_history(const struct rs_status *st)
{
	int n = st->rst_fails < RS_HISTORY ? st->rst_fails : RS_HISTORY;
	const struct rs_failure_event *e;
	int i;

	if (n == 0)
		return;
	printf("failures in a row: %d\n", st->rst_fails);
	for (i = 0; i < n; i++) {
		e = &st->rst_history[i];
		printf("  %d: failed at ", i + 1);
		print_ticks(e->rfe_failed);
		if (e->rfe_restarted != 0) {
			printf(" s, restarted ");
			print_ticks(e->rfe_restarted - e->rfe_failed);
			printf(" s later\n");
		} else {
			printf(" s, %s\n", st->rst_flags & RST_GIVEN_UP ?
			    "given up" : "not restarted yet");
		}
	}
}

/* The service whose privilege id is id, among the n of tab. */
static const char *label_of_priv(const struct rs_status *tab, int n, int id)
{
	int i;

	for (i = 0; i < n; i++)
		if (tab[i].rst_priv.pd_id == id)
			return tab[i].rst_label;
	return NULL;
}

/* What the kernel lets st's service do now: its kernel calls, whom it
 * may reach (by label; USER: ordinary programs), its ports, interrupt
 * lines and physical memory, and its flags. */
static void print_privileges(const struct rs_status *st,
	const struct rs_status *tab, int n)
{
	const struct priv_desc *d = &st->rst_priv;
	const char *name;
	int i;

	if (d->pd_id < 0)
		return;
	if (st->rst_grants >= 0)
		printf("in use: %d grants, %u KiB of memory\n", st->rst_grants,
			st->rst_mem / 1024);
	printf("kernel calls:");
	for (i = 0; i < NR_SYS_CALLS; i++)
		if (GET_BIT(d->pd_k_calls, i) && (name = sysconf_call_name(i)))
			printf(" %s", name);
	printf("\nipc:");
	for (i = 0; i < NR_SYS_PROCS; i++)
		if (GET_BIT(d->pd_ipc_to, i))
			printf(" %s", i == USER_PRIV_ID ? RS_IPC_USER
				: (name = label_of_priv(tab, n, i)) ? name : "?");
	printf("\nio:");
	for (i = 0; i < d->pd_nr_io; i++)
		printf(" %x-%x", d->pd_io[i].ior_base, d->pd_io[i].ior_limit);
	printf("\nirq:");
	for (i = 0; i < d->pd_nr_irq; i++)
		printf(" %d", d->pd_irq[i]);
	printf("\nmemory:");
	for (i = 0; i < d->pd_nr_mem; i++)
		printf(" %x-%x", d->pd_mem[i].mr_base, d->pd_mem[i].mr_limit);
	printf("\nflags:%s%s%s%s\n", d->pd_flags & PRIV_ROOT_SYS ? " ROOT" : "",
		d->pd_flags & PRIV_VM ? " VM" : "",
		d->pd_flags & PRIV_MAGIC ? " MAGIC" : "",
		d->pd_flags & PRIV_FRAMEBUFFER ? " FRAMEBUFFER" : "");
}

static int do_list(const char *label)
{
	static struct rs_status tab[MAX_SERVICES];
	message m;
	int n, i, found = 0;

	memset(&m, 0, sizeof(m));
	m.m_rs_list.buf = (vir_bytes) tab;
	m.m_rs_list.len = sizeof(tab);
	if ((n = rs_call(RS_LIST, &m)) < 0)
		fail("list", -n);
	for (i = 0; i < n; i++)
		found += label == NULL || strcmp(tab[i].rst_label, label) == 0;
	if (label != NULL && !found) {
		fprintf(stderr, "service: %s: no such service\n", label);
		return 1;
	}
	printf("%-12s %5s %8s %8s  %-10s  %-12s %-18s  %s\n", "LABEL", "PID",
		"ENDPOINT", "RESTARTS", "STATE", "VERSION", "LAST UPDATE",
		"LAST FAILURE");
	for (i = 0; i < n; i++)
		if (label == NULL || strcmp(tab[i].rst_label, label) == 0)
			print_status(&tab[i]);
	for (i = 0; i < n && label != NULL; i++) {
		if (strcmp(tab[i].rst_label, label) == 0) {
			printf("binary: %s\n", tab[i].rst_path);
			print_update(&tab[i].rst_update);
			print_history(&tab[i]);
			print_privileges(&tab[i], tab, n);
		}
	}
	return 0;
}

static int do_label(int type, const char *label)
{
	message m;
	int r;

	if (strlen(label) >= RS_LABEL_LEN)
		fail(label, ENAMETOOLONG);
	memset(&m, 0, sizeof(m));
	strcpy(m.m_rs_label.label, label);
	if ((r = rs_call(type, &m)) < 0) {
		if (r == -ESRCH) {
			fprintf(stderr, "service: %s: no such service\n", label);
			exit(1);
		}
		if (r == -EPERM && geteuid() == 0) {
			fprintf(stderr, "service: %s is part of the boot set"
			    " (etc/boot.list): the system cannot run without"
			    " it, so it is %s\n", label, type == RS_DOWN
			    ? "never stopped" : "never restarted by hand");
			exit(1);
		}
		fail(label, -r);
	}
	return 0;
}

int main(int argc, char **argv)
{
	static const struct { const char *verb; int type; } verbs[] = {
		{ "down", RS_DOWN }, { "restart", RS_RESTART },
		{ "refresh", RS_REFRESH },
	};
	size_t i;

	if (argc < 2)
		usage();
	if (strcmp(argv[1], "up") == 0)
		return do_up(argc - 2, argv + 2);
	if (strcmp(argv[1], "update") == 0)
		return do_update(argc - 2, argv + 2);
	if (strcmp(argv[1], "list") == 0 && argc == 2)
		return do_list(NULL);
	if (strcmp(argv[1], "status") == 0 && argc == 3)
		return do_list(argv[2]);
	if (strcmp(argv[1], "shutdown") == 0 && argc == 2) {
		message m;
		memset(&m, 0, sizeof(m));
		return rs_call(RS_SHUTDOWN, &m) < 0;
	}
	for (i = 0; i < sizeof(verbs) / sizeof(verbs[0]); i++)
		if (strcmp(argv[1], verbs[i].verb) == 0 && argc == 3)
			return do_label(verbs[i].type, argv[2]);
	usage();
	return 2;
}
