/*
 * ipc.h - the message and the IPC primitives.
 *
 * Every message is 64 bytes: who sent it, what it is, and a 56-byte payload
 * that is one named struct per protocol and call.  The kernel fills in
 * m_source; the receiver never has to trust the sender about who it is.
 */
#ifndef _MINIX_IPC_H
#define _MINIX_IPC_H

#include <minix/types.h>
#include <minix/ipcconst.h>
#include <minix/msg/sys.h>
#include <minix/msg/ktest.h>
#include <minix/msg/pm.h>
#include <minix/msg/vfs.h>
#include <minix/msg/fs.h>
#include <minix/msg/bdev.h>
#include <minix/msg/cdev.h>
#include <minix/msg/rs.h>
#include <minix/msg/ds.h>
#include <minix/msg/pci.h>
#include <minix/msg/net.h>
#include <minix/msg/sock.h>

#define MSG_PAYLOAD_SIZE	56

typedef struct {
	endpoint_t m_source;		/* set by the kernel on delivery */
	int m_type;			/* request code, or a reply's status */
	union {
		uint8_t m_payload[MSG_PAYLOAD_SIZE];
		uint32_t m_u32[MSG_PAYLOAD_SIZE / 4];	/* tests and dumps */

		struct m_notify m_notify;

		struct m_sys_getinfo m_sys_getinfo;
		struct m_sys_times m_sys_times;
		struct m_sys_times_reply m_sys_times_reply;
		struct m_sys_setalarm m_sys_setalarm;
		struct m_sys_setalarm_reply m_sys_setalarm_reply;
		struct m_sys_devio m_sys_devio;
		struct m_sys_devio_reply m_sys_devio_reply;
		struct m_sys_vdevio m_sys_vdevio;
		struct m_sys_irqctl m_sys_irqctl;
		struct m_sys_irqctl_reply m_sys_irqctl_reply;
		struct m_sys_privctl m_sys_privctl;
		struct m_sys_setgrant m_sys_setgrant;
		struct m_sys_safecopy m_sys_safecopy;
		struct m_sys_kill m_sys_kill;
		struct m_sys_runctl m_sys_runctl;
		struct m_sys_statectl m_sys_statectl;
		struct m_sys_exit m_sys_exit;
		struct m_sys_abort m_sys_abort;
		struct m_sys_diagctl m_sys_diagctl;
		struct m_sys_fork m_sys_fork;
		struct m_sys_fork_reply m_sys_fork_reply;
		struct m_sys_exec m_sys_exec;
		struct m_sys_memmap m_sys_memmap;
		struct m_sys_dmaalloc m_sys_dmaalloc;
		struct m_sys_dmaalloc_reply m_sys_dmaalloc_reply;
		struct m_sys_vircopy m_sys_vircopy;
		struct m_sys_getksig_reply m_sys_getksig_reply;
		struct m_sys_endksig m_sys_endksig;
		struct m_sys_sigsend m_sys_sigsend;
		struct m_sys_sigreturn m_sys_sigreturn;

		struct m_ktest m_ktest;

		struct m_pm_exit m_pm_exit;
		struct m_pm_waitpid m_pm_waitpid;
		struct m_pm_waitpid_reply m_pm_waitpid_reply;
		struct m_pm_getpid_reply m_pm_getpid_reply;
		struct m_pm_exec m_pm_exec;
		struct m_pm_kill m_pm_kill;
		struct m_pm_sig m_pm_sig;
		struct m_pm_sigreturn m_pm_sigreturn;
		struct m_pm_times_reply m_pm_times_reply;
		struct m_pm_id m_pm_id;
		struct m_pm_pgrp m_pm_pgrp;
		struct m_pm_time m_pm_time;
		struct m_pm_reboot m_pm_reboot;
		struct m_pm_getprocs m_pm_getprocs;
		struct m_pm_jobsig m_pm_jobsig;
		struct m_pm_srv m_pm_srv;
		struct m_pm_srv_reply m_pm_srv_reply;
		struct m_pm_vfs m_pm_vfs;
		struct m_pm_vfs_exec m_pm_vfs_exec;
		struct m_pm_vfs_exec_reply m_pm_vfs_exec_reply;

		struct m_vfs_path m_vfs_path;
		struct m_vfs_path2 m_vfs_path2;
		struct m_vfs_fd m_vfs_fd;
		struct m_vfs_io m_vfs_io;
		struct m_vfs_lseek m_vfs_lseek;
		struct m_vfs_ioctl m_vfs_ioctl;
		struct m_vfs_utime m_vfs_utime;
		struct m_vfs_mount m_vfs_mount;
		struct m_vfs_select m_vfs_select;
		struct m_vfs_mapdriver m_vfs_mapdriver;
		struct m_vfs_socket m_vfs_socket;
		struct m_vfs_sockaddr m_vfs_sockaddr;
		struct m_vfs_sendrecv m_vfs_sendrecv;
		struct m_vfs_sockopt m_vfs_sockopt;
		struct m_vfs_poll m_vfs_poll;

		struct m_fs_readsuper m_fs_readsuper;
		struct m_fs_node m_fs_node;
		struct m_fs_name m_fs_name;
		struct m_fs_putnode m_fs_putnode;
		struct m_fs_slink m_fs_slink;
		struct m_fs_link m_fs_link;
		struct m_fs_rename m_fs_rename;
		struct m_fs_io m_fs_io;
		struct m_fs_io_reply m_fs_io_reply;
		struct m_fs_attr m_fs_attr;
		struct m_fs_newdriver m_fs_newdriver;

		struct m_bdev_request m_bdev_request;
		struct m_cdev_request m_cdev_request;
		struct m_cdev_reply m_cdev_reply;

		struct m_rs_init m_rs_init;
		struct m_rs_status m_rs_status;
		struct m_rs_signal m_rs_signal;
		struct m_rs_lu m_rs_lu;
		struct m_rs_req m_rs_req;

		struct m_ds_req m_ds_req;

		struct m_pci_dev m_pci_dev;
		struct m_pci_attr m_pci_attr;
		struct m_pci_bar m_pci_bar;
		struct m_rs_pci_acl m_rs_pci_acl;

		struct m_ndev_conf m_ndev_conf;
		struct m_ndev_conf_reply m_ndev_conf_reply;
		struct m_ndev_transfer m_ndev_transfer;
		struct m_ndev_getstat m_ndev_getstat;
		struct m_ndev_reply m_ndev_reply;

		struct m_sdev_create m_sdev_create;
		struct m_sdev_addr m_sdev_addr;
		struct m_sdev_simple m_sdev_simple;
		struct m_sdev_io m_sdev_io;
		struct m_sdev_opt m_sdev_opt;
		struct m_sdev_ioctl m_sdev_ioctl;
		struct m_sdev_select m_sdev_select;
		struct m_sdev_reply m_sdev_reply;
		struct m_sdev_sel_reply m_sdev_sel_reply;
	};
} message;

_Static_assert(sizeof(message) == 64, "a message is 64 bytes");

/* One entry of a senda() table, in the sender's memory. */
typedef struct {
	uint32_t flags;			/* AMF_* */
	endpoint_t dst;
	int result;			/* set by the kernel with AMF_DONE */
	message msg;
} asynmsg_t;

#ifndef _KERNEL
/* The primitives (lib/libc/sys/ipc.S).  Each returns OK or a negated
 * error: -EDEADSRCDST, -ELOCKED, -ECALLDENIED, -EFAULT, ... */
int ipc_send(endpoint_t dst, message *m);
int ipc_receive(endpoint_t src, message *m);
int ipc_sendrec(endpoint_t peer, message *m);
int ipc_sendnb(endpoint_t dst, message *m);
int ipc_notify(endpoint_t dst);
int ipc_senda(asynmsg_t *table, size_t count);
#endif

#endif
