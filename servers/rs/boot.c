/*
 * boot.c - bringing up the boot services.
 *
 * The kernel started every boot module; each system service waits in
 * sef_startup() for RS's word.  RS gives it in an order that respects who
 * needs whom: DS first (everyone publishes there), the drivers the root
 * file system needs, the file system, then VFS (which mounts root) and
 * PM.  Each label's endpoint goes into DS as soon as DS is up.
 */
#include <stdio.h>
#include <string.h>
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

static void publish_labels(void)
{
	int i;

	for (i = 0; i < NR_SERVICES; i++) {
		if (!rproc[i].r_in_use)
			continue;
		if (ds_publish_label(rproc[i].r_label, rproc[i].r_endpoint,
		    DSF_OVERWRITE) != OK)
			printf("rs: cannot publish label %s\n", rproc[i].r_label);
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
	rs_new("rs", RS_PROC_EP)->r_boot = true;
	for (i = 0; i < sizeof(boot_order) / sizeof(boot_order[0]); i++) {
		if ((ep = image_endpoint(boot_order[i])) == NONE)
			continue;
		if ((rp = rs_new(boot_order[i], ep)) == NULL)
			break;
		rp->r_boot = true;
		r = rs_init_service(rp, SEF_INIT_FRESH);
		if (r != OK)
			printf("rs: %s failed to initialise: %s\n", rp->r_label,
				strerror(-r));
		publish_labels();	/* DS comes first, then each one */
	}
}
