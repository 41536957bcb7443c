/*
 * sys/mount.h - mounting file systems.
 */
#ifndef _SYS_MOUNT_H
#define _SYS_MOUNT_H

#define MNT_RDONLY	0x1		/* nothing on it may be written */
#define MNT_NODEV	0x2		/* its device nodes open nothing */
#define MNT_NOSUID	0x4		/* its set-id programs run as the caller */
#define MNT_FLAGS	(MNT_RDONLY | MNT_NODEV | MNT_NOSUID)

/* Mount the file system on special at target, served by the file server
 * already running under label (see mount(8), which starts it). */
int mount(const char *special, const char *target, const char *label,
	int flags);
int umount(const char *target);

#endif
