/*
 * minix/sysinfo.h - libc's calls that read the servers' tables, for ps,
 * pidof, df, mount and umount (lib/libc/sys/misc.c, mount.c).  Each
 * returns the number of entries it filled (at most n), or -1 with errno.
 */
#ifndef _MINIX_SYSINFO_H
#define _MINIX_SYSINFO_H

#include <minix/ipc.h>

/* PM's process table: the kernel's tasks (negative pids), then one
 * entry per process, system services included. */
int getprocs(struct pm_procinfo *buf, int n);

/* The system's uptime, load and memory: 0, or -1. */
int getsysinfo(struct pm_sysinfo *si);

/* VFS's mount table. */
int getmounts(struct vfs_mountinfo *buf, int n);

/* How much of VFS's tables is in use: 0, or -1. */
int getvfsinfo(struct vfs_sysinfo *vi);

#endif
