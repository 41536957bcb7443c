/*
 * sys/mount.h - mounting file systems.
 */
#ifndef _SYS_MOUNT_H
#define _SYS_MOUNT_H

#define MNT_RDONLY	0x1

/* Mount the file system on special at target, served by the file server
 * already running under label (see mount(8), which starts it). */
int mount(const char *special, const char *target, const char *label,
	int flags);
int umount(const char *target);

#endif
