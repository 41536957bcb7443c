/*
 * boot.c - bringing up the boot set (etc/boot.list).
 *
 * The kernel made every boot module a process, and holds all but RS
 * until RS gives it its privileges.  RS does so in the boot list's
 * order, which respects who needs whom (DS first: everyone publishes
 * there; the root file system's drivers and server; VFS, which mounts
 * it; PM): each system service gets its etc/system.conf entry, read from
 * the copy built into RS (no file system is up yet), then runs and
 * initialises before the next starts.  A module without an entry (init)
 * runs as an ordinary program.  Once the file system is up, RS reads
 * each boot service's binary from /service, so that it can restart any
 * of them later without help.  That is the only time RS waits for VFS:
 * before its main loop, when every boot service has initialised and none
 * can be restarting, so nothing that VFS waits for is waiting for RS.
 */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include <minix/sysconf.h>
#include "rs.h"

#define IMAGE_MAX	(4 << 20)

/* etc/system.conf as it was when RS was built (linked in by the build). */
extern const char _binary_system_conf_start[], _binary_system_conf_end[];

/* The whole of path, in memory that rp keeps. */
static int read_binary(struct rproc *rp, const char *path)
{
	struct stat st;
	ssize_t n;
	char *buf;
	int fd;

	if ((fd = open(path, O_RDONLY)) < 0)
		return -errno;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)
	    || st.st_size <= 0 || st.st_size > RS_IMAGE_MAX) {
		close(fd);
		return -ENOEXEC;
	}
	if ((buf = malloc(st.st_size)) == NULL) {
		close(fd);
		return -ENOMEM;
	}
	n = read(fd, buf, st.st_size);
	close(fd);
	if (n != st.st_size) {
		free(buf);
		return -EIO;
	}
	free(rp->r_image);
	rp->r_image = buf;
	rp->r_image_len = n;
	strncpy(rp->r_start.rss_path, path, RS_PATH_LEN - 1);
	return OK;
}

/* A boot service RS knows, with its system.conf entry (0), or 1 if it
 * has none, or a negative error. */
static int boot_service(const struct boot_info *bi, struct rproc **rpp)
{
	const char *text = _binary_system_conf_start;
	size_t len = _binary_system_conf_end - _binary_system_conf_start;
	struct rproc *rp;
	char why[160];
	int r;

	if ((rp = rs_new(bi->bi_name)) == NULL)
		return -ENOSPC;
	rp->r_boot = true;
	rp->r_core = (bi->bi_flags & BI_CORE) != 0;
	rp->r_endpoint = bi->bi_endpoint;
	sysconf_base(&rp->r_start);
	r = sysconf_entry(text, len, "system.conf", bi->bi_name,
		&rp->r_start, why, sizeof(why));
	if (r < 0)
		printf("rs: %s\n", why);
	if (r != 0)
		rs_free(rp);
	*rpp = rp;
	return r;
}

/* Start the boot process bi: privileges, then its initialisation. */
static void start_boot_process(const struct boot_info *bi)
{
	bool is_ds = bi->bi_endpoint == DS_PROC_EP;
	struct rproc *rp;
	int r;

	if ((r = boot_service(bi, &rp)) == 1) {		/* a program: init */
		if ((r = sys_privctl(bi->bi_endpoint, SYS_PRIV_SET_USER,
		    NULL)) == OK)
			r = sys_privctl(bi->bi_endpoint, SYS_PRIV_ALLOW, NULL);
		if (r != OK)
			printf("rs: cannot start %s: %s\n", bi->bi_name,
				strerror(-r));
		return;
	}
	if (r < 0 || (r = rs_set_privileges(rp, rp->r_endpoint)) != OK
	    || (r = sys_privctl(rp->r_endpoint, SYS_PRIV_ALLOW, NULL)) != OK) {
		printf("rs: cannot start %s: %s\n", bi->bi_name, strerror(-r));
		return;
	}
	rs_update_ipc(rp);
	if (!is_ds)		/* known in DS before it announces itself */
		(void) ds_publish_label(bi->bi_name, rp->r_endpoint,
			DSF_OVERWRITE);
	if ((r = rs_init_sync(rp, SEF_INIT_FRESH)) != OK)
		printf("rs: %s failed to initialise: %s\n", bi->bi_name,
			strerror(-r));
	if (is_ds)		/* DS is up: it may hear of RS too */
		(void) ds_publish_label("rs", RS_PROC_EP, DSF_OVERWRITE);
}

/* With the file system up: the binaries for later restarts. */
static void read_boot_binaries(void)
{
	char path[RS_PATH_LEN];
	int i;

	for (i = 0; i < NR_SERVICES; i++) {
		struct rproc *rp = &rproc[i];
		if (rp->r_state == RSS_FREE || !rp->r_boot)
			continue;
		rs_ask_pm(rp->r_endpoint);	/* its pid */
		if (rp->r_endpoint == RS_PROC_EP)
			continue;
		snprintf(path, sizeof(path), "/service/%s", rp->r_start.rss_label);
		if (read_binary(rp, path) != OK)
			printf("rs: cannot read %s: %s cannot be restarted\n",
				path, rp->r_start.rss_label);
	}
}

/* RS itself, the first of the boot set: what the kernel gave it.  It
 * must reach every service, this one's and those to come (whose
 * privilege ids may have been another's, whose rights ended with it). */
static void boot_self(const struct boot_info *bi)
{
	struct rproc *rp = rs_new(bi->bi_name);

	rp->r_boot = true;
	rp->r_core = true;
	rp->r_endpoint = RS_PROC_EP;
	rp->r_state = RSS_UP;
	rp->r_start.rss_nr_ipc = 1;
	strcpy(rp->r_start.rss_ipc[0], RS_IPC_ALL);
	(void) sys_getpriv(RS_PROC_EP, &rp->r_start.rss_priv);
}

void boot_services(void)
{
	static struct boot_info image[MAX_BOOT_MODULES];
	int i;

	memset(image, 0, sizeof(image));
	if (sys_getimage(image, MAX_BOOT_MODULES) != OK)
		printf("rs: cannot get the boot image\n");
	for (i = 0; i < MAX_BOOT_MODULES && image[i].bi_name[0] != '\0'; i++) {
		if (image[i].bi_endpoint == NONE)
			continue;		/* data */
		if (image[i].bi_endpoint == RS_PROC_EP) {
			boot_self(&image[i]);
			continue;
		}
		start_boot_process(&image[i]);
	}
	read_boot_binaries();
}
