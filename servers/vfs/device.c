/*
 * device.c - devices: the map from major numbers to drivers, and the two
 * device protocols.
 *
 * Block devices are asked synchronously (BDEV_*, sendrec): their drivers
 * answer at once.  Character devices are asked asynchronously (CDEV_*,
 * asynsend) and the caller is suspended until the driver's CDEV_REPLY:
 * a terminal read may take forever, and VFS must go on meanwhile.
 *
 * Drivers announce themselves in DS; VFS subscribes and learns every new
 * instance's endpoint.  A character request pending at a driver that
 * died fails with EIO (an open is sent again: it is safe to redo); a
 * select waiting on it is told (select.c).
 */
#include <stdio.h>
#include <string.h>
#include <minix/dmap.h>
#include "vfs.h"

#define IOCTL_GRANT	256	/* bytes an ioctl argument may have */

struct dmap dmap[NR_MAJORS];

/* The majors of the boot set's drivers (image: the boot modules) are
 * mapped now: the root file system's disk is one of them, and nobody
 * else could tell us before it is mounted.  The others come with their
 * `service up -dev`. */
void dmap_init(const struct boot_info *image, int n)
{
#define MAJOR_LABEL(NAME, major, label)	{ major, label },
	static const struct { int major; const char *label; } majors[] = {
		DEVICE_MAJORS(MAJOR_LABEL)
	};
#undef MAJOR_LABEL
	size_t i;
	int m;

	for (i = 0; i < NR_MAJORS; i++)
		dmap[i].d_driver = dmap[i].d_opened_at = NONE;
	for (i = 0; i < sizeof(majors) / sizeof(majors[0]); i++)
		for (m = 0; m < n; m++)
			if (majors[i].label[0] != '\0'
			    && strcmp(image[m].bi_name, majors[i].label) == 0)
				strcpy(dmap[majors[i].major].d_label,
					majors[i].label);
}

/* RS started a driver for major (service up -dev).  RS is a peer: a
 * major out of range is ignored, not trusted. */
void map_driver(int major, const char *label)
{
	if (major <= 0 || major >= NR_MAJORS
	    || strncmp(dmap[major].d_label, label, RS_LABEL_LEN) == 0)
		return;
	memset(dmap[major].d_label, 0, sizeof(dmap[major].d_label));
	strncpy(dmap[major].d_label, label, sizeof(dmap[major].d_label) - 1);
	dmap[major].d_driver = NONE;	/* looked up when needed */
}

static struct dmap *driver_of(dev_t dev)
{
	if (major(dev) >= NR_MAJORS || dmap[major(dev)].d_label[0] == '\0')
		return NULL;
	return &dmap[major(dev)];
}

/* The endpoint of the driver of dev: looked up in DS if not yet known. */
static endpoint_t driver_ep(dev_t dev)
{
	struct dmap *d = driver_of(dev);
	endpoint_t ep;

	if (d == NULL)
		return NONE;
	if (d->d_driver == NONE && ds_retrieve_label_endpt(d->d_label, &ep) == OK)
		d->d_driver = ep;
	return d->d_driver;
}

endpoint_t bdev_driver(dev_t dev)
{
	return driver_ep(dev);
}

/* One block request to ep; -EDEADSRCDST or -ERESTART if the driver
 * instance is gone (or is a new one that has not seen our open). */
static int bdev_send(endpoint_t ep, message *m)
{
	int r;

	if ((r = ipc_sendrec(ep, m)) != OK)
		return r;
	return m->m_type;
}

static int bdev_open_at(endpoint_t ep, dev_t dev, int access)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = BDEV_OPEN;
	m.m_bdev_open.minor = minor(dev);
	m.m_bdev_open.access = access;
	return bdev_send(ep, &m);
}

static bool bdev_gone(int r)
{
	return r == -EDEADSRCDST || r == -ERESTART;
}

/* DS has news while a block request waits for its driver: handled as
 * usual; true if dev's driver is gone for good (its label withdrawn). */
static bool ds_event_gone(dev_t dev)
{
	endpoint_t ep;

	ds_event();
	return ds_retrieve_label_endpt(dmap[major(dev)].d_label, &ep) != OK;
}

/* The block driver of dev died under a request: wait for its next
 * instance to announce itself (ds_event() then opens our open devices
 * there).  Only DS is listened to meanwhile (every other caller stays
 * queued in the kernel): the restart needs RS, DS and the driver, never
 * VFS.  OK, or -EIO if the driver is gone for good. */
static int bdev_recover(dev_t dev, endpoint_t dead)
{
	struct dmap *d = &dmap[major(dev)];
	message m;

	while (d->d_opened_at == NONE || d->d_opened_at == dead) {
		if (ipc_receive(DS_PROC_EP, &m) != OK || !is_notify(m.m_type))
			continue;
		if (ds_event_gone(dev))
			return -EIO;
	}
	d->d_driver = d->d_opened_at;
	return OK;
}

/* An open (from dev_open: its filp is installed already).  If the
 * driver dies under it, its next instance gets it: ds_event() opens
 * every open file's device there, this one's too. */
static int bdev_open(dev_t dev, int access)
{
	endpoint_t ep = driver_ep(dev);
	int r;

	if (ep == NONE)
		return -ENXIO;
	r = bdev_open_at(ep, dev, access);
	if (r == -EDEADSRCDST)
		return bdev_recover(dev, ep);
	return bdev_gone(r) ? -EIO : r;
}

static void bdev_close(dev_t dev)
{
	endpoint_t ep = driver_ep(dev);
	message m;

	if (ep == NONE)
		return;
	memset(&m, 0, sizeof(m));
	m.m_type = BDEV_CLOSE;
	m.m_bdev_close.minor = minor(dev);
	(void) bdev_send(ep, &m);
}

/* Where a data request's grant goes: READ and WRITE, or IOCTL. */
static cp_grant_id_t *bdev_grant_field(message *m)
{
	return m->m_type == BDEV_IOCTL ? &m->m_bdev_ioctl.grant
		: &m->m_bdev_transfer.grant;
}

static void reopen_files(int major, endpoint_t ep);

/* A request with data (len bytes at buf in rfp; req is the request but
 * for its grant): the grant names the driver instance, so it is made
 * again for a new one.  ERESTART from the instance we have already
 * opened at is no restart to wait for (none would be announced: VFS,
 * listening to DS alone, would hold every process for ever while the
 * driver answered its heartbeats): we open again there and try once
 * more; a second refusal is the driver's bug, an EIO. */
static int bdev_data_call(struct fproc *rfp, dev_t dev, const message *req,
	vir_bytes buf, size_t len, int access)
{
	bool reopened = false;
	endpoint_t ep;
	cp_grant_id_t g;
	message m;
	int r;

	for (;;) {
		if ((ep = driver_ep(dev)) == NONE)
			return -ENXIO;
		g = cpf_grant_magic(ep, rfp->fp_endpoint, buf, len, access);
		if (g < 0)
			return g;
		m = *req;
		*bdev_grant_field(&m) = g;
		r = bdev_send(ep, &m);
		cpf_revoke(g);
		if (!bdev_gone(r))
			return r;
		if (r == -ERESTART && dmap[major(dev)].d_opened_at == ep) {
			printf("vfs: driver %s refused a request (ERESTART)%s\n",
				dmap[major(dev)].d_label, reopened
				? " after our open: I/O error" : "; opening again");
			if (reopened)
				return -EIO;
			reopen_files(major(dev), ep);
			reopened = true;
			continue;
		}
		if ((r = bdev_recover(dev, ep)) != OK)
			return r;
	}
}

/* Post a character request to the driver of dev (asynchronously). */
static int cdev_post(dev_t dev, message *m)
{
	endpoint_t ep = driver_ep(dev);

	if (ep == NONE)
		return -ENXIO;
	if (asynsend3(ep, m, AMF_NOREPLY) == OK)
		return OK;
	dmap[major(dev)].d_driver = NONE;	/* gone: ask DS next time */
	return -EIO;
}

/* A request that rfp will wait for gets an id of its own, which the
 * driver's CDEV_REPLY carries back: rfp's slot in the low byte, so the
 * answer finds its process, and a sequence number above, so that the
 * late answer to a request that was cancelled is not taken for the
 * answer to rfp's next one.  Never 0: requests nobody waits for (close,
 * the re-opens after a restart) carry 0. */
_Static_assert(NR_PROCS <= 256, "a process slot fits a request id's byte");
static uint32_t new_request_id(struct fproc *rfp)
{
	static uint32_t seq;

	if (++seq > 0xFFFFFF)
		seq = 1;
	return seq << 8 | (uint32_t) (rfp - fproc);
}

/* The caller's group, for a request on its controlling terminal (job
 * control: a terminal holds back requests from a group not in the
 * foreground); 0 for any other device. */
static int user_pgrp(struct fproc *rfp, dev_t dev)
{
	return dev == rfp->fp_tty ? rfp->fp_pgrp : 0;
}

/* rfp's pending open of dev, as it was asked: at the first try, and
 * again at a restarted driver. */
static int cdev_send_open(struct fproc *rfp, dev_t dev)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = CDEV_OPEN;
	m.m_cdev_open.minor = minor(dev);
	m.m_cdev_open.access = rfp->fp_cdev_access;
	m.m_cdev_open.user = rfp->fp_endpoint;
	m.m_cdev_open.id = rfp->fp_cdev_id;
	m.m_cdev_open.ctty_pgrp = rfp->fp_cdev_ctty ? rfp->fp_pid : 0;
	return cdev_post(dev, &m);
}

/* An open on behalf of nobody waiting (a re-open after a restart). */
static int cdev_send_reopen(dev_t dev, int access)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = CDEV_OPEN;
	m.m_cdev_open.minor = minor(dev);
	m.m_cdev_open.access = access;
	m.m_cdev_open.user = NONE;
	return cdev_post(dev, &m);
}

static int cdev_send_close(dev_t dev)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = CDEV_CLOSE;
	m.m_cdev_close.minor = minor(dev);
	return cdev_post(dev, &m);
}

/* Suspend rfp until the driver answers request op. */
static int cdev_wait(struct fproc *rfp, dev_t dev, int op,
	cp_grant_id_t grant, int fd)
{
	suspend(rfp, FP_CDEV);
	rfp->fp_driver = driver_ep(dev);
	rfp->fp_grant = grant;
	rfp->fp_cdev_op = op;
	rfp->fp_cdev_fd = fd;
	rfp->fp_cdev_dev = dev;
	return -EDONTREPLY;
}

static dev_t ctty(struct fproc *rfp, dev_t dev)
{
	return major(dev) == CTTY_MAJOR ? rfp->fp_tty : dev;
}

/* The access bits of an open with these flags, in the block or the
 * character device protocol's terms. */
static int open_access(int flags, bool block)
{
	bool rd = (flags & O_ACCMODE) != O_WRONLY;
	bool wr = (flags & O_ACCMODE) != O_RDONLY;

	if (block)
		return (rd ? BDEV_R_BIT : 0) | (wr ? BDEV_W_BIT : 0);
	return (rd ? CDEV_R_BIT : 0) | (wr ? CDEV_W_BIT : 0);
}

int dev_open(struct fproc *rfp, dev_t dev, bool block, int flags, int fd)
{
	int access = open_access(flags, block);
	int r;

	if (block)
		return bdev_open(dev, access);
	if ((dev = ctty(rfp, dev)) == 0)
		return -ENXIO;
	/* A session leader without a terminal gets this one (a terminal
	 * for its session: its pid is the session's first group). */
	rfp->fp_cdev_ctty = major(dev) == TTY_MAJOR && rfp->fp_sesldr
		&& rfp->fp_tty == 0 && !(flags & O_NOCTTY);
	rfp->fp_cdev_access = access;
	rfp->fp_cdev_id = new_request_id(rfp);
	if ((r = cdev_send_open(rfp, dev)) != OK)
		return r;
	return cdev_wait(rfp, dev, CDEV_OPEN, GRANT_INVALID, fd);
}

void dev_close(dev_t dev, bool block)
{
	if (block)
		bdev_close(dev);
	else if (major(dev) != CTTY_MAJOR)
		(void) cdev_send_close(dev);
}

/* A read or write of a character device through f: the position moves
 * by what the driver reports done (a device may count positions). */
int cdev_io(struct fproc *rfp, struct filp *f, int op, vir_bytes buf,
	size_t nbytes)
{
	dev_t dev = f->f_vno->v_rdev;
	off_t pos = f->f_pos;
	int flags = f->f_flags;
	endpoint_t ep;
	cp_grant_id_t g;
	message m;
	int r;

	if ((dev = ctty(rfp, dev)) == 0)
		return -ENXIO;
	if ((ep = driver_ep(dev)) == NONE)
		return -ENXIO;
	g = cpf_grant_magic(ep, rfp->fp_endpoint, buf, nbytes,
		op == CDEV_READ ? CPF_WRITE : CPF_READ);
	if (g < 0)
		return g;
	memset(&m, 0, sizeof(m));
	m.m_type = op;
	m.m_cdev_transfer.minor = minor(dev);
	m.m_cdev_transfer.pos = pos;
	m.m_cdev_transfer.grant = g;
	m.m_cdev_transfer.count = nbytes;
	m.m_cdev_transfer.flags = (flags & O_NONBLOCK) ? CDEV_NONBLOCK : 0;
	m.m_cdev_transfer.user = rfp->fp_endpoint;
	m.m_cdev_transfer.id = rfp->fp_cdev_id = new_request_id(rfp);
	m.m_cdev_transfer.pgrp = user_pgrp(rfp, dev);
	if ((r = cdev_post(dev, &m)) != OK) {
		cpf_revoke(g);
		return r;
	}
	rfp->fp_cdev_filp = f;
	return cdev_wait(rfp, dev, op, g, -1);
}

/* A read or write of a block device opened directly (dd on /dev/c0d0).
 * If the driver dies under it, the request goes to the next instance: the
 * program sees a pause, as through a file system. */
int bdev_io(struct fproc *rfp, int write, dev_t dev, off_t pos,
	vir_bytes buf, size_t nbytes)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = write ? BDEV_WRITE : BDEV_READ;
	m.m_bdev_transfer.minor = minor(dev);
	m.m_bdev_transfer.pos = pos;
	m.m_bdev_transfer.count = nbytes;
	return bdev_data_call(rfp, dev, &m, buf, nbytes,
		write ? CPF_READ : CPF_WRITE);
}

static int bdev_ioctl(struct fproc *rfp, dev_t dev, unsigned long request,
	vir_bytes arg)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = BDEV_IOCTL;
	m.m_bdev_ioctl.minor = minor(dev);
	m.m_bdev_ioctl.request = request;
	return bdev_data_call(rfp, dev, &m, arg, IOCTL_GRANT,
		CPF_READ | CPF_WRITE);
}

int dev_ioctl(struct fproc *rfp, struct vnode *vp, unsigned long request,
	vir_bytes arg)
{
	dev_t dev = vp->v_rdev;
	endpoint_t ep;
	cp_grant_id_t g;
	message m;
	int r;

	if (S_ISBLK(vp->v_mode))
		return bdev_ioctl(rfp, dev, request, arg);
	if ((dev = ctty(rfp, dev)) == 0)
		return -ENXIO;
	if ((ep = driver_ep(dev)) == NONE)
		return -ENXIO;
	g = cpf_grant_magic(ep, rfp->fp_endpoint, arg, IOCTL_GRANT,
		CPF_READ | CPF_WRITE);
	if (g < 0)
		return g;
	memset(&m, 0, sizeof(m));
	m.m_type = CDEV_IOCTL;
	m.m_cdev_ioctl.minor = minor(dev);
	m.m_cdev_ioctl.request = request;
	m.m_cdev_ioctl.grant = g;
	m.m_cdev_ioctl.user = rfp->fp_endpoint;
	m.m_cdev_ioctl.id = rfp->fp_cdev_id = new_request_id(rfp);
	m.m_cdev_ioctl.pgrp = user_pgrp(rfp, dev);
	if ((r = cdev_post(dev, &m)) != OK) {
		cpf_revoke(g);
		return r;
	}
	return cdev_wait(rfp, dev, CDEV_IOCTL, g, -1);
}

/* Ask which of ops are ready on *devp (/dev/tty becomes rfp's terminal
 * there); the driver answers with a CDEV_SEL_REPLY carrying id.  Returns
 * the driver asked, or NONE when there is none to ask: a read or write
 * would fail at once. */
endpoint_t cdev_select(struct fproc *rfp, dev_t *devp, unsigned ops,
	uint32_t id)
{
	message m;

	if ((*devp = ctty(rfp, *devp)) == 0)
		return NONE;
	memset(&m, 0, sizeof(m));
	m.m_type = CDEV_SELECT;
	m.m_cdev_select.minor = minor(*devp);
	m.m_cdev_select.ops = ops;
	m.m_cdev_select.id = id;
	if (cdev_post(*devp, &m) != OK)
		return NONE;
	return driver_ep(*devp);
}

/* End rfp's wait for a driver with status. */
static void cdev_finish(struct fproc *rfp, int status)
{
	struct filp *f;

	assert(rfp->fp_blocked_on == FP_CDEV);
	if (rfp->fp_grant >= 0)
		cpf_revoke(rfp->fp_grant);
	rfp->fp_blocked_on = FP_NOT_BLOCKED;
	if (rfp->fp_cdev_op == CDEV_READ || rfp->fp_cdev_op == CDEV_WRITE) {
		assert(rfp->fp_cdev_filp != NULL);
		if (status > 0)		/* (a driver may claim any count) */
			rfp->fp_cdev_filp->f_pos += status;
	}
	rfp->fp_cdev_filp = NULL;
	if (rfp->fp_cdev_op == CDEV_OPEN) {
		if (status == OK) {
			if (rfp->fp_cdev_ctty)
				rfp->fp_tty = rfp->fp_cdev_dev;
			status = rfp->fp_cdev_fd;
		} else {
			/* The fd was installed before the open was sent,
			 * and a suspended process makes no calls. */
			f = get_filp(rfp, rfp->fp_cdev_fd);
			assert(f != NULL);
			rfp->fp_filp[rfp->fp_cdev_fd] = NULL;
			f->f_count = 0;
			put_vnode(f->f_vno);
		}
	}
	reply(rfp, status);
}

/* A character driver answers the request with id (new_request_id()).
 * An answer that matches no waiting request is dropped: the answer to
 * a request that was cancelled (a signal, an exit) or given up when the
 * driver restarted comes too late, and a driver may answer garbage. */
void cdev_reply(message *m)
{
	uint32_t id = m->m_cdev_reply.id, slot = id & 0xFF;
	struct fproc *rfp;

	if (slot >= NR_PROCS)
		return;
	rfp = &fproc[slot];
	if (!rfp->fp_in_use || rfp->fp_blocked_on != FP_CDEV
	    || rfp->fp_cdev_id != id || rfp->fp_driver != m->m_source)
		return;
	cdev_finish(rfp, m->m_cdev_reply.status);
}

/* PM interrupts rfp (a signal): tell the driver, answer EINTR now. */
void cdev_cancel(struct fproc *rfp)
{
	dev_t dev = rfp->fp_cdev_dev;
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = CDEV_CANCEL;
	m.m_cdev_cancel.minor = minor(dev);
	m.m_cdev_cancel.user = rfp->fp_endpoint;
	m.m_cdev_cancel.id = rfp->fp_cdev_id;
	(void) cdev_post(dev, &m);
	cdev_finish(rfp, -EINTR);
}

/* The driver of major is now ep (NONE: gone): requests pending at any
 * other instance will never be answered. */
static void driver_restarted(int major, endpoint_t ep)
{
	struct fproc *rfp;
	dev_t dev;
	int i;

	select_driver_restarted(major, ep);
	for (i = 0; i < NR_PROCS; i++) {
		rfp = &fproc[i];
		if (!rfp->fp_in_use || rfp->fp_blocked_on != FP_CDEV
		    || (int) major(rfp->fp_cdev_dev) != major
		    || rfp->fp_driver == ep)
			continue;
		dev = rfp->fp_cdev_dev;
		if (rfp->fp_cdev_op == CDEV_OPEN && ep != NONE
		    && cdev_send_open(rfp, dev) == OK) {
			rfp->fp_driver = ep;	/* safe to redo */
			continue;
		}
		cdev_finish(rfp, -EIO);
	}
}

/* Is f a device file whose open is still under way (driver_restarted()
 * redoes those)? */
static bool open_pending(const struct filp *f)
{
	int i;

	for (i = 0; i < NR_PROCS; i++)
		if (fproc[i].fp_in_use && fproc[i].fp_blocked_on == FP_CDEV
		    && fproc[i].fp_cdev_op == CDEV_OPEN
		    && fproc[i].fp_filp[fproc[i].fp_cdev_fd] == f)
			return true;
	return false;
}

/* A new instance ep of major's driver: open again, once per open file
 * (each is closed once), what was open at the old one.  The driver
 * learns which minors are in use, and stops refusing our requests with
 * ERESTART. */
static void reopen_files(int major, endpoint_t ep)
{
	struct filp *f;
	dev_t dev;
	int i, access;

	for (i = 0; i < NR_FILPS; i++) {
		f = &filp[i];
		if (f->f_count == 0 || !(S_ISCHR(f->f_vno->v_mode)
		    || S_ISBLK(f->f_vno->v_mode))
		    || (int) major(f->f_vno->v_rdev) != major || open_pending(f))
			continue;
		dev = f->f_vno->v_rdev;
		access = open_access(f->f_flags, S_ISBLK(f->f_vno->v_mode));
		if (S_ISBLK(f->f_vno->v_mode))
			(void) bdev_open_at(ep, dev, access);
		else
			(void) cdev_send_reopen(dev, access);
	}
	dmap[major].d_opened_at = ep;
}

/* DS tells of driver-up events ("drv.vfs.<label>"): of device drivers,
 * and of socket drivers (sdev.c). */
void ds_event(void)
{
	char key[DS_MAX_KEYLEN];
	const char *label;
	endpoint_t ep;
	int i;

	while (ds_check(key, NULL, NULL) == OK) {
		if (strncmp(key, DS_DRV_VFS, strlen(DS_DRV_VFS)) != 0)
			continue;
		label = key + strlen(DS_DRV_VFS);
		if (ds_retrieve_label_endpt(label, &ep) != OK)
			ep = NONE;		/* the driver is gone for good */
		for (i = 0; i < NR_MAJORS; i++) {
			if (strcmp(dmap[i].d_label, label) != 0)
				continue;
			dmap[i].d_driver = ep;
			if (ep != NONE && ep != dmap[i].d_opened_at)
				reopen_files(i, ep);
			driver_restarted(i, ep);	/* or went away */
		}
		sdev_event(label);
	}
}
