/*
 * main.c - VFS's main loop.
 *
 * Programs call by sendrec and get a reply; a call that must wait (a pipe
 * with no data, a terminal read) is suspended: the caller stays blocked
 * in its sendrec until VFS finishes the call and replies.  Besides calls
 * from programs there are PM's calls (PM_VFS_*), character drivers'
 * answers (CDEV_REPLY, and CDEV_SEL_REPLY / CDEV_SEL_NOTIFY for select),
 * socket drivers' answers (SDEV_REPLY, SDEV_SEL_REPLY, SDEV_SEL_NOTIFY),
 * DS's notifications of driver restarts and CLOCK's alarms (select
 * timeouts).
 */
#include <stdio.h>
#include <string.h>
#include "vfs.h"

struct fproc fproc[NR_PROCS];
struct fproc *fp;
message m_in;

typedef int (*vfs_handler_t)(void);

static const vfs_handler_t handlers[VFS_LAST - VFS_BASE + 1] = {
	[VFS_OPEN - VFS_BASE] = do_open,
	[VFS_CLOSE - VFS_BASE] = do_close,
	[VFS_READ - VFS_BASE] = do_read,
	[VFS_WRITE - VFS_BASE] = do_write,
	[VFS_LSEEK - VFS_BASE] = do_lseek,
	[VFS_STAT - VFS_BASE] = do_stat,
	[VFS_LSTAT - VFS_BASE] = do_stat,
	[VFS_FSTAT - VFS_BASE] = do_fstat,
	[VFS_DUP - VFS_BASE] = do_dup,
	[VFS_FCNTL - VFS_BASE] = do_fcntl,
	[VFS_PIPE - VFS_BASE] = do_pipe,
	[VFS_IOCTL - VFS_BASE] = do_ioctl,
	[VFS_MKDIR - VFS_BASE] = do_mkdir,
	[VFS_MKNOD - VFS_BASE] = do_mknod,
	[VFS_UNLINK - VFS_BASE] = do_unlink,
	[VFS_RMDIR - VFS_BASE] = do_unlink,
	[VFS_RENAME - VFS_BASE] = do_rename,
	[VFS_LINK - VFS_BASE] = do_link,
	[VFS_SYMLINK - VFS_BASE] = do_symlink,
	[VFS_READLINK - VFS_BASE] = do_readlink,
	[VFS_CHDIR - VFS_BASE] = do_chdir,
	[VFS_FCHDIR - VFS_BASE] = do_fchdir,
	[VFS_GETDENTS - VFS_BASE] = do_getdents,
	[VFS_CHMOD - VFS_BASE] = do_chmod,
	[VFS_FCHMOD - VFS_BASE] = do_fchmod,
	[VFS_CHOWN - VFS_BASE] = do_chown,
	[VFS_FCHOWN - VFS_BASE] = do_fchown,
	[VFS_UMASK - VFS_BASE] = do_umask,
	[VFS_UTIME - VFS_BASE] = do_utime,
	[VFS_TRUNCATE - VFS_BASE] = do_truncate,
	[VFS_FTRUNCATE - VFS_BASE] = do_ftruncate,
	[VFS_ACCESS - VFS_BASE] = do_access,
	[VFS_MOUNT - VFS_BASE] = do_mount,
	[VFS_UMOUNT - VFS_BASE] = do_umount,
	[VFS_SYNC - VFS_BASE] = do_sync,
	[VFS_FSYNC - VFS_BASE] = do_fsync,
	[VFS_STATVFS - VFS_BASE] = do_statvfs,
	[VFS_FSTATVFS - VFS_BASE] = do_fstatvfs,
	[VFS_SELECT - VFS_BASE] = do_select,
	[VFS_GETMOUNTS - VFS_BASE] = do_getmounts,
	[VFS_SOCKET - VFS_BASE] = do_socket,
	[VFS_BIND - VFS_BASE] = do_bind,
	[VFS_CONNECT - VFS_BASE] = do_connect,
	[VFS_LISTEN - VFS_BASE] = do_listen,
	[VFS_ACCEPT - VFS_BASE] = do_accept,
	[VFS_SENDTO - VFS_BASE] = do_sendto,
	[VFS_RECVFROM - VFS_BASE] = do_recvfrom,
	[VFS_SHUTDOWN - VFS_BASE] = do_shutdown,
	[VFS_GETSOCKNAME - VFS_BASE] = do_getsockname,
	[VFS_GETPEERNAME - VFS_BASE] = do_getpeername,
	[VFS_SETSOCKOPT - VFS_BASE] = do_setsockopt,
	[VFS_GETSOCKOPT - VFS_BASE] = do_getsockopt,
	[VFS_POLL - VFS_BASE] = do_poll,
	[VFS_SYSINFO - VFS_BASE] = do_sysinfo,
};

struct fproc *find_fproc(endpoint_t ep)
{
	int nr = endpoint_proc_nr(ep);

	if (ep < 0 || nr < 0 || nr >= NR_PROCS || !fproc[nr].fp_in_use
	    || fproc[nr].fp_endpoint != ep)
		return NULL;
	return &fproc[nr];
}

/* An answer never waits: a caller that is not waiting for it any more
 * (it was killed, or sent with ipc_send()) loses it. */
void reply_msg(struct fproc *rfp, message *m)
{
	(void) ipc_sendnb(rfp->fp_endpoint, m);
}

void reply(struct fproc *rfp, int status)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = status;
	reply_msg(rfp, &m);
}

/* The caller waits; its call is kept to be finished later.  A caller
 * with a call already suspended never gets this far (handle_call()). */
void suspend(struct fproc *rfp, int why)
{
	assert(rfp->fp_blocked_on == FP_NOT_BLOCKED);
	rfp->fp_blocked_on = why;
	rfp->fp_call = m_in;
}

/* Every process that exists at boot gets an entry; they all start in
 * the root directory as root. */
static int init(int type, sef_init_info_t *info)
{
	static struct proc_info tab[NR_TASKS + NR_PROCS];
	static struct boot_info image[MAX_BOOT_MODULES];
	struct fproc *rfp;
	int n, i, r;

	memset(image, 0, sizeof(image));
	(void) sys_getimage(image, MAX_BOOT_MODULES);
	for (n = 0; n < MAX_BOOT_MODULES && image[n].bi_name[0] != '\0'; n++)
		;
	dmap_init(image, n);
	if ((r = mount_root(image, n)) != OK) {
		printf("vfs: cannot mount the root file system: %s\n",
			strerror(-r));
		return r;
	}
	n = sys_getproctab(tab, NR_TASKS + NR_PROCS);
	for (i = 0; i < n; i++) {
		if (endpoint_proc_nr(tab[i].pi_endpoint) < 0)
			continue;
		rfp = &fproc[endpoint_proc_nr(tab[i].pi_endpoint)];
		memset(rfp, 0, sizeof(*rfp));
		rfp->fp_in_use = true;
		rfp->fp_endpoint = tab[i].pi_endpoint;
		rfp->fp_umask = 022;
		rfp->fp_rd = rfp->fp_wd = root_vnode;
		dup_vnode(root_vnode);
		dup_vnode(root_vnode);
	}
	(void) ds_subscribe(DS_DRV_VFS "*", DSF_INITIAL);
	return OK;
}

static endpoint_t answer_to = NONE;	/* handle_call()'s answer's */

static void handle_call(void)
{
	int nr = m_in.m_type - VFS_BASE, r;

	/* A sender we cannot know (it died meanwhile, or is a kernel task
	 * or a service not yet in our table and not adoptable) is ignored. */
	if ((fp = find_fproc(m_in.m_source)) == NULL
	    && (fp = vfs_adopt(m_in.m_source)) == NULL)
		return;
	/* A process whose call we hold suspended is blocked in its sendrec
	 * - unless it made that call with ipc_send() and went on (programs
	 * may only sendrec; a system process may send).  Its new call is
	 * refused: what we keep of the first stays as it was. */
	if (fp->fp_blocked_on != FP_NOT_BLOCKED) {
		reply(fp, -EBUSY);
		return;
	}
	if (nr < 0 || nr >= (int) (sizeof(handlers) / sizeof(handlers[0]))
	    || handlers[nr] == NULL)
		r = -ENOSYS;
	else
		r = handlers[nr]();
	if (r != -EDONTREPLY) {
		/* The answer is left in m_in (the call is done with) and
		 * goes out with the next receive, in one trap. */
		memset(&m_in, 0, sizeof(m_in));
		m_in.m_type = r;
		answer_to = fp->fp_endpoint;
	}
}

/* The next call into m_in, after the answer to the last one if
 * handle_call() left one there. */
static int next_call(void)
{
	endpoint_t dst = answer_to;

	if (dst == NONE)
		return sef_receive(ANY, &m_in);
	answer_to = NONE;
	return sef_reply_receive(dst, &m_in, ANY, NULL);
}

int main(void)
{
	sef_setcb_init_fresh(init);
	sef_startup();
	for (;;) {
		if (next_call() != OK)
			continue;
		if (is_notify(m_in.m_type)) {
			if (m_in.m_source == DS_PROC_EP)
				ds_event();
			else if (m_in.m_source == CLOCK)
				select_expire(m_in.m_notify.timestamp);
			continue;
		}
		if (m_in.m_source == PM_PROC_EP && m_in.m_type > PM_VFS_BASE
		    && m_in.m_type <= PM_VFS_LAST)
			pm_call();
		else if (m_in.m_type == CDEV_REPLY)
			cdev_reply(&m_in);
		else if (m_in.m_type == CDEV_SEL_REPLY)
			select_reply(&m_in);
		else if (m_in.m_type == CDEV_SEL_NOTIFY)
			select_notify(&m_in);
		else if (m_in.m_type == SDEV_REPLY)
			sdev_reply(&m_in);
		else if (m_in.m_type == SDEV_SEL_REPLY)
			select_sock_reply(&m_in);
		else if (m_in.m_type == SDEV_SEL_NOTIFY)
			select_sock_notify(&m_in);
		else if (m_in.m_type == VFS_MAPDRIVER
		    && m_in.m_source == RS_PROC_EP)
			map_driver(m_in.m_vfs_mapdriver.major,
				m_in.m_vfs_mapdriver.label);
		else
			handle_call();
	}
}
