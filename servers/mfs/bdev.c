/*
 * bdev.c - MFS's block device: requests to the driver, and recovery when
 * the driver dies.
 *
 * A request that fails because the driver is gone (EDEADSRCDST) is not
 * an error for the file system: we wait for the driver's next instance
 * to announce itself in DS (drv.vfs.<label>), open the device again, and
 * send the same request again.  The program whose read or write this is
 * sees nothing but a pause.  ERESTART (the instance has not seen our
 * open) is answered by an open at that instance and one more try.
 */
#include <stdio.h>
#include <string.h>
#include <minix/ds.h>
#include "server.h"

#define RECOVERY_TIMEOUT	(60 * HZ)	/* then give up: EIO */
#define RECOVERY_RETRY	(HZ / 10)	/* try the new instance this often */

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
	m.m_bdev_open.minor = dev.minor;
	m.m_bdev_open.access = dev.access;
	return bdev_sendrec(&m);
}

static bool driver_gone(int r)
{
	return r == -EDEADSRCDST || r == -ERESTART;
}

/* Try to open the device at the driver's current instance, if it is a
 * new one. */
static bool try_new_instance(endpoint_t dead)
{
	endpoint_t ep;

	if (ds_retrieve_label_endpt(dev.label, &ep) != OK || ep == dead)
		return false;
	dev.driver = ep;
	return bdev_open() == OK;
}

/* Wait for the driver's next instance and open the device there.  The
 * open is tried whenever DS reports a change and at every retry tick: a
 * new instance may not be ready yet (it answers ERESTART, or releases
 * our open when it clears the IPC references of its predecessor). */
static int recover(void)
{
	char key[DS_MAX_KEYLEN];
	endpoint_t dead = dev.driver;
	uint32_t now = 0, deadline;
	message m;

	printf("mfs: driver %s is gone; waiting for it to come back\n",
		dev.label);
	(void) sys_times(NONE, NULL, NULL, &now, NULL);
	deadline = now + RECOVERY_TIMEOUT;
	while (!try_new_instance(dead)) {
		(void) sys_times(NONE, NULL, NULL, &now, NULL);
		if (now >= deadline) {
			dev.driver = dead;
			printf("mfs: driver %s did not come back\n", dev.label);
			return -EIO;
		}
		sys_setalarm(now + RECOVERY_RETRY, 1);
		if (ipc_receive(ANY, &m) != OK)
			continue;
		if (m.m_source == DS_PROC_EP && is_notify(m.m_type))
			while (ds_check(key, NULL, NULL) == OK)
				;
		/* Anything else waits: VFS is blocked on us anyway. */
	}
	sys_setalarm(0, 0);
	printf("mfs: driver %s is back (endpoint %d)\n", dev.label, dev.driver);
	return OK;
}

/* ERESTART comes from a live instance that has not seen our open: open
 * there again and try once more.  A second refusal is the driver's bug,
 * an EIO: waiting for a new instance that nothing will start would keep
 * VFS, and so every process, waiting. */
static int refused(bool *reopened)
{
	printf("mfs: driver %s refused a request (ERESTART)%s\n", dev.label,
		*reopened ? " after our open: I/O error" : "; opening again");
	if (*reopened || bdev_open() != OK)
		return -EIO;
	*reopened = true;
	return OK;
}

static int transfer(int type, uint64_t pos, void *buf, size_t len)
{
	bool reopened = false;
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
		m.m_bdev_transfer.minor = dev.minor;
		m.m_bdev_transfer.pos = pos;
		m.m_bdev_transfer.grant = g;
		m.m_bdev_transfer.count = len;
		r = bdev_sendrec(&m);
		if (!driver_gone(r))
			break;
		if (r == -ERESTART) {
			if ((r = refused(&reopened)) != OK)
				break;
			continue;		/* the same instance, grant */
		}
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
	m.m_bdev_ioctl.minor = dev.minor;
	m.m_bdev_ioctl.request = DIOCGETSIZE;
	m.m_bdev_ioctl.grant = g;
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
	bd->to_end = 0;
	return OK;
}

void bdev_detach(void)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = BDEV_CLOSE;
	m.m_bdev_close.minor = dev.minor;
	(void) bdev_sendrec(&m);
}

void bdev_new_driver(endpoint_t ep)
{
	dev.driver = ep;
}
