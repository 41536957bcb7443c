/*
 * hello.c - the example driver: reading /dev/hello gives "Hello,
 * World!" and a newline.  Copy this file to write a character driver.
 *
 * It shows the shape every driver has: driver_startup() with an init
 * function (run at the first start and after every restart), then
 * driver_task() with a struct driver of callbacks.  Data reaches the
 * reader through the grant VFS made of its buffer - the driver never
 * sees the reader's addresses.
 *
 * /dev/hellotest takes test ioctls (hello.h) that make the driver crash,
 * hang, exit, or fail to initialise; only root may open it.  A select on
 * it never finds it ready, so that a select can be left waiting at a
 * driver that then dies.
 */
#include <stdio.h>
#include <string.h>
#include <minix/syslib.h>
#include <minix/driver.h>
#include <minix/ds.h>
#include <minix/hello.h>

#define HELLO_MINOR	0
#define TEST_MINOR	1
#define FAILINIT_KEY	"hello.failinit"

static int hello_open(int minor, int access, const struct driver_req *req)
{
	if (minor != HELLO_MINOR && minor != TEST_MINOR)
		return -ENXIO;
	if (minor == HELLO_MINOR && (access & BDEV_W_BIT))
		return -EACCES;		/* there is nothing to write */
	return OK;
}

static int hello_close(int minor, const struct driver_req *req)
{
	return OK;
}

/* Reading from pos: the message, then end of file. */
static ssize_t hello_transfer(int minor, int write, uint64_t pos,
	endpoint_t owner, cp_grant_id_t grant, size_t off, size_t count,
	int flags, const struct driver_req *req)
{
	const char *msg = HELLO_MSG;
	size_t len = strlen(msg);
	int r;

	if (minor != HELLO_MINOR)
		return -ENXIO;
	if (write)
		return -EIO;
	if (pos >= len)
		return 0;
	if (count > len - pos)
		count = len - pos;
	if ((r = sys_safecopyto(owner, grant, off, msg + pos, count)) != OK)
		return r;
	return count;
}

static int hello_ioctl(int minor, unsigned long request, endpoint_t owner,
	cp_grant_id_t grant, const struct driver_req *req)
{
	if (minor != TEST_MINOR)
		return -ENOTTY;
	switch (request) {
	case HIOCCRASH:
		*(volatile int *) 0 = 0;
		return OK;
	case HIOCHANG:
		for (;;)
			;
	case HIOCEXIT:
		sef_exit(1);
	case HIOCFAILINIT:
		(void) ds_publish_u32(FAILINIT_KEY, 1, DSF_OVERWRITE);
		*(volatile int *) 0 = 0;
		return OK;
	default:
		return -ENOTTY;
	}
}

/* /dev/hello always has something to read (or end of file) and no
 * write waits; /dev/hellotest is never ready, and nothing ever changes
 * that, so there is no one to remember to tell. */
static int hello_select(int minor, unsigned ops, endpoint_t watcher)
{
	if (minor == HELLO_MINOR)
		return ops & CDEV_OP_ALL;
	if (minor == TEST_MINOR)
		return 0;
	return -ENXIO;
}

static const struct driver hello_driver = {
	.dr_name = "hello",
	.dr_open = hello_open,
	.dr_close = hello_close,
	.dr_transfer = hello_transfer,
	.dr_ioctl = hello_ioctl,
	.dr_select = hello_select,
};

/* A restart finds the failinit flag in DS (kept there across crashes) and
 * refuses to start: a crash loop, for the tests. */
static int init(int type, sef_init_info_t *info)
{
	uint32_t fail = 0;

	if (type == SEF_INIT_RESTART
	    && ds_retrieve_u32(FAILINIT_KEY, &fail) == OK && fail)
		return -EGENERIC;
	return OK;
}

int main(void)
{
	driver_startup(init);
	driver_task(&hello_driver);
	return 0;
}
