/*
 * hello.c - the example driver: reading /dev/hello gives "Hello,
 * World!" and a newline.  Copy this file to write a character driver.
 *
 * It shows the shape every driver has: driver_startup() with an init
 * function (run at the first start and after every restart), then
 * driver_task() with a struct driver of callbacks.  Data reaches the
 * reader through the grant VFS made of its buffer - the driver never
 * sees the reader's addresses.
 */
#include <string.h>
#include <minix/syslib.h>
#include <minix/driver.h>
#include <minix/hello.h>

#define HELLO_MINOR	0

static int hello_open(int minor, int access, const struct driver_req *req)
{
	if (minor != HELLO_MINOR)
		return -ENXIO;
	if (access & BDEV_W_BIT)
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

static const struct driver hello_driver = {
	.dr_name = "hello",
	.dr_open = hello_open,
	.dr_close = hello_close,
	.dr_transfer = hello_transfer,
};

static int init(int type, sef_init_info_t *info)
{
	return OK;
}

int main(void)
{
	driver_startup(init);
	driver_task(&hello_driver);
	return 0;
}
