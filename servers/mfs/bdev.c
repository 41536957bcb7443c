/*
 * bdev.c - MFS's block device: requests to the driver, and recovery when
 * the driver dies.
 *
 * A request that fails because the driver is gone (EDEADSRCDST, or
 * ERESTART from a new instance that has not been opened yet) is not an
 * error for the file system: we wait for the driver's next instance to
 * announce itself in DS (drv.vfs.<label>), open the device again, and
 * send the same request again.  The program whose read or write this is
 * sees nothing but a pause.
 */
#include <stdio.h>
#include <string.h>
#include <minix/ds.h>
#include "server.h"

#define RECOVERY_TIMEOUT	(60 * HZ)	/* then give up: EIO */

static struct {
	endpoint_t driver;
	uint32_t minor;
	int access;
	char label[RS_LABEL_LEN];
	uint64_t size;
} dev;

static int bdev_sendrec(message *m)
{
	int r = ipc_sendrec(dev.driver, m);

	if (r != OK)
		return r;
	return m->m_type;
}

static int bdev_open(void)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = BDEV_OPEN;
	m.m_bdev_request.minor = dev.minor;
	m.m_bdev_request.count = dev.access;
	return bdev_sendrec(&m);
}

/* Wait for the driver's next instance and open the device there. */
static int recover(void)
{
	char key[DS_MAX_KEYLEN];
	endpoint_t ep;
	message m;
	int r;

	uint32_t now = 0, deadline;

	printf("mfs: driver %s is gone; waiting for it to come back\n",
		dev.label);
	(void) sys_times(NONE, NULL, NULL, &now, NULL);
	deadline = now + RECOVERY_TIMEOUT;
	sys_setalarm(deadline, 1);
	for (;;) {
		if (ds_retrieve_label_endpt(dev.label, &ep) == OK
		    && ep != dev.driver) {
			dev.driver = ep;
			if ((r = bdev_open()) == OK)
				break;
		}
		if ((r = ipc_receive(ANY, &m)) != OK)
			continue;
		if (m.m_source == CLOCK && is_notify(m.m_type)) {
			(void) sys_times(NONE, NULL, NULL, &now, NULL);
			if (now < deadline)
				continue;	/* an old alarm's notification */
			printf("mfs: driver %s did not come back\n", dev.label);
			return -EIO;
		}
		if (m.m_source == DS_PROC_EP && is_notify(m.m_type))
			while (ds_check(key, NULL, NULL) == OK)
				;
		/* Anything else waits: VFS is blocked on us anyway. */
	}
	sys_setalarm(0, 0);
	printf("mfs: driver %s is back (endpoint %d)\n", dev.label, dev.driver);
	return OK;
}

static bool driver_gone(int r)
{
	return r == -EDEADSRCDST || r == -ERESTART;
}

static int transfer(int type, uint64_t pos, void *buf, size_t len)
{
	cp_grant_id_t g;
	message m;
	int r;

	g = cpf_grant_direct(dev.driver, (vir_bytes) buf, len,
		type == BDEV_READ ? CPF_WRITE : CPF_READ);
	if (g < 0)
		return g;
	for (;;) {
		memset(&m, 0, sizeof(m));
		m.m_type = type;
		m.m_bdev_request.minor = dev.minor;
		m.m_bdev_request.pos = pos;
		m.m_bdev_request.grant = g;
		m.m_bdev_request.count = len;
		r = bdev_sendrec(&m);
		if (!driver_gone(r))
			break;
		/* The grant names the old driver: make one for the new. */
		cpf_revoke(g);
		if ((r = recover()) != OK)
			return r;
		g = cpf_grant_direct(dev.driver, (vir_bytes) buf, len,
			type == BDEV_READ ? CPF_WRITE : CPF_READ);
		if (g < 0)
			return g;
	}
	cpf_revoke(g);
	if (r < 0)
		return r;
	return (size_t) r == len ? OK : -EIO;
}

static int dev_read(void *ctx, uint64_t pos, void *buf, size_t len)
{
	return transfer(BDEV_READ, pos, buf, len);
}

static int dev_write(void *ctx, uint64_t pos, const void *buf, size_t len)
{
	return transfer(BDEV_WRITE, pos, (void *) buf, len);
}

static int dev_size(uint64_t *size)
{
	cp_grant_id_t g;
	message m;
	int r;

	g = cpf_grant_direct(dev.driver, (vir_bytes) size, sizeof(*size),
		CPF_WRITE);
	if (g < 0)
		return g;
	memset(&m, 0, sizeof(m));
	m.m_type = BDEV_IOCTL;
	m.m_bdev_request.minor = dev.minor;
	m.m_bdev_request.grant = g;
	m.m_bdev_request.count = DIOCGETSIZE;
	r = bdev_sendrec(&m);
	cpf_revoke(g);
	return r;
}

/* Open the device for a mount; fills in the core's block device. */
int bdev_attach(endpoint_t driver, uint32_t device, const char *label,
	int readonly, struct mfs_blockdev *bd)
{
	char key[DS_MAX_KEYLEN];
	int r;

	memset(&dev, 0, sizeof(dev));
	dev.driver = driver;
	dev.minor = device & 0xFF;
	dev.access = readonly ? BDEV_R_BIT : BDEV_R_BIT | BDEV_W_BIT;
	strncpy(dev.label, label, sizeof(dev.label) - 1);
	if ((r = bdev_open()) != OK || (r = dev_size(&dev.size)) != OK)
		return r;
	snprintf(key, sizeof(key), "%s%s", DS_DRV_VFS, dev.label);
	(void) ds_subscribe(key, 0);
	bd->ctx = NULL;
	bd->read = dev_read;
	bd->write = readonly ? NULL : dev_write;
	bd->size = dev.size;
	return OK;
}

void bdev_detach(void)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = BDEV_CLOSE;
	m.m_bdev_request.minor = dev.minor;
	(void) bdev_sendrec(&m);
}

void bdev_new_driver(endpoint_t ep)
{
	dev.driver = ep;
}
