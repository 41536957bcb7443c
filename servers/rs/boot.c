/*
 * boot.c - bringing up the boot services.
 *
 * The kernel started every boot module; each system service waits in
 * sef_startup() for RS's word.  RS gives it in an order that respects who
 * needs whom: DS first (everyone publishes there), the drivers the root
 * file system needs, the file system, then VFS (which mounts root) and
 * PM.  Once the file system is up, RS reads each boot service's binary
 * from /service, so that it can restart any of them later without help.
 * That is the only time RS waits for VFS: before its main loop, when
 * every boot service has initialised and none can be restarting, so
 * nothing that VFS waits for is waiting for RS.
 */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include "rs.h"

static const char *const boot_order[] = {
	"ds", "memory", "log", "tty", "mfs", "vfs", "pm",
};

static struct boot_info image[32];
static int nr_image;

static endpoint_t image_endpoint(const char *name)
{
	int i;

	for (i = 0; i < nr_image; i++)
		if (strcmp(image[i].bi_name, name) == 0)
			return image[i].bi_endpoint;
	return NONE;
}

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

/* A boot service RS knows: its privileges stay what the kernel gave. */
static struct rproc *boot_service(const char *label, endpoint_t ep)
{
	struct rproc *rp = rs_new(label);

	if (rp == NULL)
		return NULL;
	rp->r_boot = true;
	rp->r_endpoint = ep;
	rp->r_start.rss_nr_ipc = 1;
	strcpy(rp->r_start.rss_ipc[0], RS_IPC_ALL);
	(void) sys_getpriv(ep, &rp->r_start.rss_priv);
	return rp;
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

void boot_services(void)
{
	struct rproc *rp;
	endpoint_t ep;
	size_t i;
	int r;

	memset(image, 0, sizeof(image));
	if (sys_getimage(image, 32) != OK)
		printf("rs: cannot get the boot image\n");
	for (nr_image = 0; nr_image < 32 && image[nr_image].bi_name[0] != '\0';
	     nr_image++)
		;
	rp = boot_service("rs", RS_PROC_EP);
	rp->r_state = RSS_UP;
	for (i = 0; i < sizeof(boot_order) / sizeof(boot_order[0]); i++) {
		if ((ep = image_endpoint(boot_order[i])) == NONE)
			continue;
		if ((rp = boot_service(boot_order[i], ep)) == NULL)
			break;
		if (i > 0)		/* known in DS before it announces itself */
			(void) ds_publish_label(boot_order[i], ep, DSF_OVERWRITE);
		if ((r = rs_init_sync(rp, SEF_INIT_FRESH)) != OK)
			printf("rs: %s failed to initialise: %s\n", boot_order[i],
				strerror(-r));
		if (i == 0)		/* DS is up: it may hear of RS too */
			(void) ds_publish_label("rs", RS_PROC_EP, DSF_OVERWRITE);
	}
	read_boot_binaries();
}
