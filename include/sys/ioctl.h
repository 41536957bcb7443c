/*
 * sys/ioctl.h - device and socket control.
 *
 * Device requests are numbered per device class (terminal requests in
 * termios.h, disks in minix/msg/bdev.h).  Socket requests
 * (<sys/sockio.h>) carry the direction and size of their argument in
 * the number, the BSD way, so that VFS can grant the socket driver
 * exactly the argument: _IOR (the driver writes it), _IOW (reads it),
 * _IOWR (both).
 */
#ifndef _SYS_IOCTL_H
#define _SYS_IOCTL_H

#define _IOC_OUT	0x40000000u	/* copied out to the caller */
#define _IOC_IN		0x80000000u	/* copied in from the caller */
#define _IOC_SIZEMASK	0x1FFFu
#define _IOC(dir, group, num, size) \
	((dir) | (((unsigned) (size) & _IOC_SIZEMASK) << 16) \
	| ((unsigned) (group) << 8) | (unsigned) (num))
#define _IOR(g, n, t)	_IOC(_IOC_OUT, (g), (n), sizeof(t))
#define _IOW(g, n, t)	_IOC(_IOC_IN, (g), (n), sizeof(t))
#define _IOWR(g, n, t)	_IOC(_IOC_IN | _IOC_OUT, (g), (n), sizeof(t))
#define _IOC_SIZE(r)	(((r) >> 16) & _IOC_SIZEMASK)

/* For any descriptor. */
#define FIONBIO		_IOW('f', 126, int)	/* non-blocking on (!= 0) */
#define FIONREAD	_IOR('f', 127, int)	/* bytes ready to read */

int ioctl(int fd, unsigned long request, ...);

#endif
