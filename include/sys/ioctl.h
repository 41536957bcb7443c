/*
 * sys/ioctl.h - device control.  Requests are numbered per device class
 * (terminal requests in termios.h, disks in minix/msg/bdev.h).
 */
#ifndef _SYS_IOCTL_H
#define _SYS_IOCTL_H

int ioctl(int fd, unsigned long request, ...);

#endif
