/*
 * faulty.c - a driver that fails on request, for the recovery tests.
 *
 * Not an example to copy (drivers/hello is that): everything here is so
 * that test/qemu/test_recovery.py can break a driver in each way RS has
 * to handle and see it come back.
 *
 * /dev/faulty (root only) reads FAULTY_MSG, then end of file, so that a
 * test can see the driver work after a restart.  Its ioctls
 * (<minix/faulty.h>) make it dereference NULL, spin for ever, exit, fail
 * an assert(), or crash and then refuse every restart: the refusal is a
 * flag in DS, which outlives the instance that set it.
 *
 * A select on /dev/faulty is never answered ready, and nobody is
 * remembered to be woken: the select waits until the driver dies, and
 * VFS reports the descriptor ready when the new instance announces
 * itself.  FAULTY_SELECTS counts the selects left waiting here, so that
 * a test crashes the driver only once one is.
 */
#include <assert.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <minix/syslib.h>
#include <minix/driver.h>
#include <minix/ds.h>
#include <minix/faulty.h>

#define FAULTY_MINOR	0
#define FAILINIT_SUFFIX	".failinit"	/* DS key: "<label>.failinit" */

static uint32_t selects;	/* selects told to wait at this instance */

static void failinit_key(char *key)
{
	snprintf(key, DS_MAX_KEYLEN, "%s%s", sef_self_label(),
		FAILINIT_SUFFIX);
}

static int faulty_open(int minor, int access, const struct driver_req *req)
{
	if (minor != FAULTY_MINOR)
		return -ENXIO;
	if (access & CDEV_W_BIT)
		return -EACCES;		/* there is nothing to write */
	return OK;
}

static int faulty_close(int minor, const struct driver_req *req)
{
	return OK;
}

/* Reading from pos: the message, then end of file. */
static ssize_t faulty_transfer(int minor, int write, uint64_t pos,
	endpoint_t owner, cp_grant_id_t grant, size_t off, size_t count,
	int flags, const struct driver_req *req)
{
	size_t len = strlen(FAULTY_MSG);
	int r;

	if (minor != FAULTY_MINOR)
		return -ENXIO;
	if (write)
		return -EIO;
	if (pos >= len)
		return 0;
	if (count > len - pos)
		count = len - pos;
	r = sys_safecopyto(owner, grant, off, FAULTY_MSG + pos, count);
	return r != OK ? r : (ssize_t) count;
}

/* Crash, and leave the flag that makes every restart fail. */
static void fail_every_init(void)
{
	char key[DS_MAX_KEYLEN];

	failinit_key(key);
	if (ds_publish_u32(key, 1, DSF_OVERWRITE) != OK)
		printf("faulty: cannot set %s; crashing anyway\n", key);
	*(volatile int *) 0 = 0;
}

static int faulty_ioctl(int minor, unsigned long request, endpoint_t owner,
	cp_grant_id_t grant, const struct driver_req *req)
{
	if (minor != FAULTY_MINOR)
		return -ENXIO;
	switch (request) {
	case FAULTY_CRASH:
		*(volatile int *) 0 = 0;
		return OK;
	case FAULTY_HANG:
		for (;;)
			;
	case FAULTY_EXIT:
		sef_exit(1);
	case FAULTY_FAILINIT:
		fail_every_init();
		return OK;
	case FAULTY_SELECTS:
		return sys_safecopyto(owner, grant, 0, &selects,
			sizeof(selects));
	case FAULTY_ASSERT:
		assert(request != FAULTY_ASSERT);
		return OK;
	default:
		return -ENOTTY;
	}
}

/* Never ready; a select that asks to be told later is only counted. */
static int faulty_select(int minor, unsigned ops, endpoint_t watcher)
{
	if (minor != FAULTY_MINOR)
		return -ENXIO;
	if (ops & CDEV_NOTIFY)
		selects++;
	return 0;
}

static const struct driver faulty_driver = {
	.dr_name = "faulty",
	.dr_open = faulty_open,
	.dr_close = faulty_close,
	.dr_transfer = faulty_transfer,
	.dr_ioctl = faulty_ioctl,
	.dr_select = faulty_select,
};

/* A restart that finds the failinit flag in DS refuses to start: a
 * crash loop, for the backoff test. */
static int init(int type, sef_init_info_t *info)
{
	char key[DS_MAX_KEYLEN];
	uint32_t fail = 0;

	if (type != SEF_INIT_RESTART)
		return OK;
	failinit_key(key);
	if (ds_retrieve_u32(key, &fail) == OK && fail)
		return -EGENERIC;
	return OK;
}

int main(void)
{
	driver_startup(init);
	driver_task(&faulty_driver);
	return 0;
}
